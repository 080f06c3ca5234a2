package io.factdesk.core.verdict;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.util.Optional;

/**
 * The published result for a claim at a stable public URL (the slug). Its content lives in revisions; a
 * correction adds a revision and never rewrites an old one.
 */
@Entity
public class Verdict extends OrganisationOwned {

    @OneToOne(optional = false)
    public Claim claim;

    public String slug;

    public int currentRevision = 1;

    /** True while the claim was reopened for a re-review; the verdict stays public, marked as under review. */
    public boolean underReview;

    /** The original publisher of a bulk-imported verdict; null for verdicts this organisation reviewed itself. */
    public String importedFrom;

    public Instant firstPublishedAt;

    /** The verdict this one translates (the same claim checked in another language), or null. */
    public Long translationOf;

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
