package io.factdesk.core.verdict;

import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Optional;

/**
 * A correction of a published verdict waiting for the approval panel. It changes nothing public until approved;
 * then it becomes a new revision and a public {@link Correction}.
 */
@Entity
public class CorrectionProposal extends Identified {

    public enum Status { PENDING, APPROVED, RETURNED, SUPERSEDED }

    @ManyToOne(optional = false)
    public Verdict verdict;

    public long claimId;

    /** The public note: what changes and why. */
    public String note;

    public String ratingCode;

    public String headline;
    public String summary;
    public String explanation;

    public String proposedBy;

    public Instant proposedAt = Instant.now();

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public String returnNote;

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
