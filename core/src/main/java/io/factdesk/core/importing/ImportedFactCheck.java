package io.factdesk.core.importing;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Optional;

/** Remembers an imported fact-check by its natural key, so importing the same file again adds nothing. */
@Entity
public class ImportedFactCheck extends OrganisationOwned {

    public String naturalKey;

    @ManyToOne(optional = false)
    public Claim claim;

    public Long jobId;

    public Instant importedAt = Instant.now();

    public static Optional<ImportedFactCheck> find(Organisation organisation, String naturalKey) {
        return find("organisation = ?1 and naturalKey = ?2", organisation, naturalKey).firstResultOptional();
    }
}
