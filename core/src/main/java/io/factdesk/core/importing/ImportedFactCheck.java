package io.factdesk.core.importing;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** Remembers an imported fact-check by its natural key, so importing the same file again adds nothing. */
@Entity
@Table(name = "imported_fact_check")
public class ImportedFactCheck extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "natural_key")
    public String naturalKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @Column(name = "job_id")
    public Long jobId;

    @Column(name = "imported_at")
    public Instant importedAt = Instant.now();

    public static Optional<ImportedFactCheck> find(Organisation organisation, String naturalKey) {
        return find("organisation = ?1 and naturalKey = ?2", organisation, naturalKey).firstResultOptional();
    }
}
