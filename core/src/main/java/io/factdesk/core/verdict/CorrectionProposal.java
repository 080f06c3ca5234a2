package io.factdesk.core.verdict;

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
import java.util.Optional;

/**
 * A correction of a published verdict waiting for the approval panel. It changes nothing public until approved;
 * then it becomes a new revision and a public {@link Correction}.
 */
@Entity
@Table(name = "correction_proposal")
public class CorrectionProposal extends PanacheEntityBase {

    public enum Status { PENDING, APPROVED, RETURNED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "verdict_id")
    public Verdict verdict;

    @Column(name = "claim_id")
    public long claimId;

    /** The public note: what changes and why. */
    public String note;

    @Column(name = "rating_code")
    public String ratingCode;

    public String headline;
    public String summary;
    public String explanation;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt = Instant.now();

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    @Column(name = "return_note")
    public String returnNote;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The correction of this claim's verdict that awaits approval, if any. */
    public static Optional<CorrectionProposal> pendingFor(long claimId) {
        return find("claimId = ?1 and status = ?2", claimId, Status.PENDING).firstResultOptional();
    }

    public void decide(Status decision, String note) {
        status = decision;
        returnNote = note;
        decidedAt = Instant.now();
    }
}
