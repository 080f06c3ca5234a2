package io.factdesk.core.verdict;

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
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.util.Optional;

/**
 * The published result for a claim at a stable public URL (the slug). Its content lives in revisions; a
 * correction adds a revision and never rewrites an old one.
 */
@Entity
public class Verdict extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String slug;

    @Column(name = "current_revision")
    public int currentRevision = 1;

    /** True while the claim was reopened for a re-review; the verdict stays public, marked as under review. */
    @Column(name = "under_review")
    public boolean underReview;

    /** The original publisher of a bulk-imported verdict; null for verdicts this organisation reviewed itself. */
    @Column(name = "imported_from")
    public String importedFrom;

    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

    /** The verdict this one translates (the same claim checked in another language), or null. */
    @Column(name = "translation_of")
    public Long translationOf;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Verdict> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Verdict> findByClaim(Claim claim) {
        return find("claim", claim).firstResultOptional();
    }

    public VerdictRevision current() {
        return VerdictRevision.find("verdict = ?1 and revision = ?2", this, currentRevision).firstResult();
    }
}
