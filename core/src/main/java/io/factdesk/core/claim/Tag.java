package io.factdesk.core.claim;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A label an organisation puts on its claims; names are unique per organisation whatever their letter case. */
@Entity
public class Tag extends OrganisationOwned {

    public static final int MAX_NAME = 60;

    public String name;

    public Instant createdAt = Instant.now();

    public static Optional<Tag> findByName(Organisation organisation, String name) {
        return find("organisation = ?1 and lower(name) = ?2", organisation, name.toLowerCase(Locale.ROOT))
                .firstResultOptional();
    }

    public static List<Tag> ofOrganisation(Organisation organisation) {
        return list("organisation = ?1 order by lower(name)", organisation);
    }
}
