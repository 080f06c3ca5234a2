package io.factdesk.verification.workflow;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Verdict;

/**
 * The only place where a claim changes state. Each method is one transition of DESIGN.md §3: it checks role,
 * organisation, state and the named policies, bumps the claim's version, writes its audit event in the same
 * transaction, and otherwise throws {@link io.factdesk.verification.common.Refused} naming the rule.
 *
 * <p>{@code expectedVersion} is the version the caller last saw (ETag / If-Match / hidden form field); a
 * different current version, or losing a concurrent race, is refused with {@link RefusalReason#STALE_VERSION}.
 * Pass {@code null} to skip the check (the optimistic lock still guards concurrent writers).
 */
public interface ReviewWorkflow {

    /** A reviewer takes an unassigned SUBMITTED claim for themselves: SUBMITTED → IN_REVIEW. */
    Claim take(Actor actor, long claimId, Long expectedVersion);

    /** An editor assigns (or reassigns) a SUBMITTED or IN_REVIEW claim to a reviewer of the organisation. */
    Claim assign(Actor actor, long claimId, String assignee, Long expectedVersion);

    /**
     * A reviewer adds a source to a SUBMITTED or IN_REVIEW claim. The state stays; the version is bumped and the
     * addition is audited, so a review submitted concurrently never misses or double-counts it.
     */
    Evidence addEvidence(Actor actor, long claimId, EvidenceDraft draft, Long expectedVersion);

    /** The assigned reviewer submits analysis and proposed rating: IN_REVIEW → REVIEWED (minimum evidence). */
    Claim submitReview(Actor actor, long claimId, ReviewDraft draft, Long expectedVersion);

    /**
     * An editor other than the review's author approves (four-eyes). With a k-of-n panel the claim stays
     * REVIEWED until k distinct editors approved the round; then RATED and the verdict is published.
     */
    Claim approve(Actor actor, long claimId, Long expectedVersion);

    /** An editor returns the review with a required note: REVIEWED → IN_REVIEW, same reviewer; ends the round. */
    Claim returnForWork(Actor actor, long claimId, String note, Long expectedVersion);

    /** An editor dismisses with a required reason (not check-worthy, out of scope, duplicate of X). */
    Claim dismiss(Actor actor, long claimId, String reason, Long expectedVersion);

    /**
     * An editor proposes a correction of a published verdict, with a mandatory public note; RATED stays RATED and
     * the public sees the current revision until the panel approves ({@link #approveCorrection}). Null fields of
     * the draft keep the current revision's value. A draft flagged as a typo is published at once instead, only
     * where the organisation allows it and only for a small edit with the rating unchanged (TypoCorrectionPolicy).
     *
     * @return the verdict (with a new current revision only on the typo path)
     */
    Verdict correct(Actor actor, long claimId, CorrectionDraft draft, Long expectedVersion);

    /**
     * An editor other than the proposer approves the proposed correction (four-eyes); once k distinct editors
     * approved it, it is published: a new revision and its public correction note.
     */
    Claim approveCorrection(Actor actor, long claimId, Long expectedVersion);

    /** An editor returns the proposed correction with a required note; nothing public changes. */
    Claim returnCorrection(Actor actor, long claimId, String note, Long expectedVersion);

    /** An editor reopens a RATED claim for re-review: RATED → IN_REVIEW; the verdict stays public, "under review". */
    Claim reopen(Actor actor, long claimId, String note, Long expectedVersion);

    /**
     * A reviewer removes a source from a SUBMITTED or IN_REVIEW claim; like adding one, the state stays, the
     * version is bumped and the removal is audited.
     *
     * @throws io.factdesk.verification.common.NotFound when the claim has no evidence {@code evidenceId}
     */
    Claim removeEvidence(Actor actor, long claimId, long evidenceId, Long expectedVersion);

    /**
     * What {@code actor} may do on {@code claim} now: every transition the table allows from the claim's state,
     * put to the same rules as a real request but dry (nothing is written, no event) and without input, so only
     * the rules about who may act now are asked ({@link WorkflowRule#judgesInput()}). Pages and the API offer
     * exactly these actions; what is sent with one is judged when it is sent. Staff of another organisation may
     * do nothing. Call it inside the transaction that loaded the claim.
     */
    AllowedActions allowed(Actor actor, Claim claim);
}
