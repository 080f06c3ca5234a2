package io.factdesk.core.claim;

import io.factdesk.core.organisation.OrganisationOwned;
import io.factdesk.core.verdict.Verdict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A reviewer's decision on a suggested match between a claim and an earlier claim or published verdict. */
@Entity
public class ClaimMatch extends OrganisationOwned {

    /** What the reviewer decided. */
    public enum Decision {
        CONFIRMED,
        REJECTED
    }

    @ManyToOne(optional = false)
    public Claim claim;

    @ManyToOne(optional = false)
    public Claim matchedClaim;

    /** The published verdict of the matched claim, when it has one. */
    @ManyToOne
    public Verdict matchedVerdict;

    public double score;

    /** SUGGESTED or LIKELY_DUPLICATE, as the matcher classified the pair when the reviewer decided. */
    public String level;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    public String decidedBy;

    public Instant decidedAt = Instant.now();

    public String note;

    public static Optional<ClaimMatch> findPair(Claim claim, Claim matchedClaim) {
        return find("claim = ?1 and matchedClaim = ?2", claim, matchedClaim).firstResultOptional();
    }

    public static List<ClaimMatch> listFor(Claim claim) {
        return list("claim = ?1 order by decidedAt desc, id desc", claim);
    }
}
