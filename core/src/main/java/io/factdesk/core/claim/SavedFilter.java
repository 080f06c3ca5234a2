package io.factdesk.core.claim;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.List;

/**
 * A desk claim-list filter one staff member saved under a name, within one organisation. The query string is
 * kept as typed and validated again whenever it is used, so a saved filter can never bypass the list's checks.
 */
@Entity
public class SavedFilter extends OrganisationOwned {

    public static final int MAX_NAME = 100;
    public static final int MAX_QUERY = 2000;

    public String username;

    public String name;

    public String query;

    public Instant createdAt = Instant.now();

    public static List<SavedFilter> of(Organisation organisation, String username) {
        return list("organisation = ?1 and username = ?2 order by lower(name)", organisation, username);
    }
}
