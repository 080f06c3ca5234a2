package io.factdesk.core.claim;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.verdict.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A reviewer's decision on a suggested match between a claim and an earlier claim or published verdict. */
@Entity
@Table(name = "claim_match")
public class ClaimMatch extends PanacheEntityBase {

    /** What the reviewer decided. */
    public enum Decision {
        CONFIRMED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(optional = false)
    @JoinColumn(name = "matched_claim_id")
    public Claim matchedClaim;

    /** The published verdict of the matched claim, when it has one. */
    @ManyToOne
    @JoinColumn(name = "matched_verdict_id")
    public Verdict matchedVerdict;

    public double score;

    /** SUGGESTED or LIKELY_DUPLICATE, as the matcher classified the pair when the reviewer decided. */
    public String level;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt = Instant.now();

    public String note;

    public static Optional<ClaimMatch> findPair(Claim claim, Claim matchedClaim) {
        return find("claim = ?1 and matchedClaim = ?2", claim, matchedClaim).firstResultOptional();
    }

    public static List<ClaimMatch> listFor(Claim claim) {
        return list("claim = ?1 order by decidedAt desc, id desc", claim);
    }
}
