package io.factdesk.verification.workflow;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.evidence.Stance;
import io.factdesk.core.review.Approval;
import io.factdesk.core.review.Review;
import io.factdesk.core.review.ReviewStatus;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.CorrectionApproval;
import io.factdesk.core.verdict.CorrectionProposal;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review workflow on the database. Every method is one transaction: look the claim up within the actor's
 * organisation, let {@link WorkflowRules} decide, write the claim's new version first (the optimistic lock), then
 * the children and the audit event, and flush before returning so a conflict is reported as
 * {@link RefusalReason#STALE_VERSION} and nothing of the transition is kept.
 */
@ApplicationScoped
public class DefaultReviewWorkflow implements ReviewWorkflow {

    /** Audit event for an approval that does not yet complete the panel; the completing one is RatingApproved. */
    public static final String PARTIAL_APPROVAL_EVENT = "ReviewApproved";

    /** Audit event for a correction approval that does not yet complete the panel. */
    public static final String PARTIAL_CORRECTION_APPROVAL_EVENT = "CorrectionApproved";

    /** Audit event of the single-editor typo path (only where the organisation allows it). */
    public static final String TYPO_CORRECTION_EVENT = "VerdictTypoCorrected";

    @Inject
    ClaimGate gate;

    @Inject
    VerdictPublisher publisher;

    @Inject
    Event<WorkflowEventRecorded> recorded;

    @Override
    @Transactional
    public Claim take(Actor actor, long claimId, Long expectedVersion) {
        Claim claim = gate.open(Transition.TAKE, actor, claimId, expectedVersion);
        WorkflowRules.enforce(gate.request(Transition.TAKE, actor, claim));
        move(Transition.TAKE, actor, claim, actor.username(), null);
        gate.flush(Transition.TAKE);
        return claim;
    }

    @Override
    @Transactional
    public Claim assign(Actor actor, long claimId, String assignee, Long expectedVersion) {
        Claim claim = gate.open(Transition.ASSIGN, actor, claimId, expectedVersion);
        var input = TransitionRequest.Input.assignee(assignee, gate.isMember(claim, assignee));
        WorkflowRules.enforce(gate.request(Transition.ASSIGN, actor, claim).withInput(input));
        move(Transition.ASSIGN, actor, claim, assignee.strip(), "Assigned to " + assignee.strip());
        gate.flush(Transition.ASSIGN);
        return claim;
    }

    @Override
    @Transactional
    public Evidence addEvidence(Actor actor, long claimId, EvidenceDraft draft, Long expectedVersion) {
        if (draft == null) {
            throw InvalidInput.of("title", "blank");
        }
        draft.requireValid();
        Claim claim = gate.open(Transition.ADD_EVIDENCE, actor, claimId, expectedVersion);
        var input = TransitionRequest.Input.evidence(draft);
        WorkflowRules.enforce(gate.request(Transition.ADD_EVIDENCE, actor, claim).withInput(input));
        gate.writeVersion(Transition.ADD_EVIDENCE, claim);
        Evidence evidence = new Evidence();
        evidence.claim = claim;
        evidence.url = Texts.optionalUrl("url", draft.url());
        evidence.citation = Text.clean(draft.citation());
        evidence.title = draft.title().strip();
        evidence.publisher = draft.publisher().strip();
        evidence.accessedOn = draft.accessedOn();
        evidence.stance = draft.stance() == null ? Stance.CONTEXT : draft.stance();
        evidence.note = Text.clean(draft.note());
        evidence.addedBy = actor.username();
        evidence.persist();
        record(Transition.ADD_EVIDENCE, actor, claim, claim.state(), evidence.title + " (" + evidence.publisher + ")");
        gate.flush(Transition.ADD_EVIDENCE);
        return evidence;
    }

    @Override
    @Transactional
    public Claim submitReview(Actor actor, long claimId, ReviewDraft draft, Long expectedVersion) {
        Claim claim = gate.open(Transition.SUBMIT_REVIEW, actor, claimId, expectedVersion);
        WorkflowRules.enforce(gate.request(Transition.SUBMIT_REVIEW, actor, claim)
                .withInput(TransitionRequest.Input.review(draft))
                .withEvidencePublishers(gate.evidencePublishers(claim))
                .withRatingCodes(gate.ratingCodes(claim)));
        int round = Review.latestOf(claim).map(latest -> latest.round + 1).orElse(1);
        move(Transition.SUBMIT_REVIEW, actor, claim, claim.assignee(), "Round " + round);
        Review review = new Review();
        review.claim = claim;
        review.round = round;
        review.author = actor.username();
        review.analysis = draft.analysis().strip();
        review.proposedRating = draft.proposedRating().strip();
        review.headline = Text.fit(Text.clean(draft.headline()), RevisionContent.HEADLINE_LENGTH);
        review.summary = Text.fit(Text.clean(draft.summary()), RevisionContent.SUMMARY_LENGTH);
        review.persist();
        gate.flush(Transition.SUBMIT_REVIEW);
        return claim;
    }

    @Override
    @Transactional
    public Claim approve(Actor actor, long claimId, Long expectedVersion) {
        Claim claim = gate.open(Transition.APPROVE, actor, claimId, expectedVersion);
        Review review = gate.openReview(claim).orElse(null);
        var request = gate.request(Transition.APPROVE, actor, claim)
                .withReview(review == null ? null : gate.factsOf(review));
        WorkflowRules.enforce(request);
        List<String> approvers = approversWith(request);
        ClaimState from = claim.state();
        boolean complete = PanelApprovalPolicy.completes(request);
        String note = approvalNote(request, approvers);
        if (complete) {
            claim.moveTo(ClaimState.RATED, claim.assignee(), null);
        }
        gate.writeVersion(Transition.APPROVE, claim);
        Approval approval = new Approval();
        approval.review = review;
        approval.editor = actor.username();
        approval.persist();
        if (complete) {
            review.status = ReviewStatus.APPROVED;
            publisher.publish(claim, review, approvers);
            recordEvent(claim, Transition.APPROVE.eventType(), actor.username(), from, claim.state(), note);
        } else {
            recordEvent(claim, PARTIAL_APPROVAL_EVENT, actor.username(), from, claim.state(), note);
        }
        gate.flush(Transition.APPROVE);
        return claim;
    }

    @Override
    @Transactional
    public Claim returnForWork(Actor actor, long claimId, String note, Long expectedVersion) {
        Claim claim = gate.open(Transition.RETURN, actor, claimId, expectedVersion);
        Review review = gate.openReview(claim).orElse(null);
        WorkflowRules.enforce(gate.request(Transition.RETURN, actor, claim)
                .withReview(review == null ? null : gate.factsOf(review))
                .withInput(TransitionRequest.Input.note(note)));
        move(Transition.RETURN, actor, claim, claim.assignee(), note.strip());
        if (review != null) {
            review.status = ReviewStatus.RETURNED;
            review.returnNote = note.strip();
        }
        gate.flush(Transition.RETURN);
        return claim;
    }

    @Override
    @Transactional
    public Claim dismiss(Actor actor, long claimId, String reason, Long expectedVersion) {
        Claim claim = gate.open(Transition.DISMISS, actor, claimId, expectedVersion);
        WorkflowRules.enforce(gate.request(Transition.DISMISS, actor, claim)
                .withInput(TransitionRequest.Input.note(reason)));
        gate.openReview(claim).ifPresent(review -> review.status = ReviewStatus.SUPERSEDED);
        move(Transition.DISMISS, actor, claim, claim.assignee(), reason.strip());
        gate.flush(Transition.DISMISS);
        return claim;
    }

    @Override
    @Transactional
    public Verdict correct(Actor actor, long claimId, CorrectionDraft draft, Long expectedVersion) {
        Claim claim = gate.open(Transition.CORRECT, actor, claimId, expectedVersion);
        Verdict verdict = Verdict.findByClaim(claim).orElse(null);
        WorkflowRules.enforce(gate.request(Transition.CORRECT, actor, claim)
                .withInput(TransitionRequest.Input.correction(draft))
                .withRatingCodes(gate.ratingCodes(claim))
                .withPublished(verdict == null ? null : RevisionContent.of(verdict.current())));
        if (verdict == null) {
            throw Refusal.because(RefusalReason.WRONG_STATE, "detail_no_verdict").toException(Transition.CORRECT);
        }
        gate.writeVersion(Transition.CORRECT, claim);
        String note = draft.note().strip();
        if (draft.typo()) {
            publisher.correct(claim, draft, actor.username(), List.of(actor.username()));
            recordEvent(claim, TYPO_CORRECTION_EVENT, actor.username(), claim.state(), claim.state(), note);
        } else {
            CorrectionProposal proposal = new CorrectionProposal();
            proposal.verdict = verdict;
            proposal.claimId = claim.id;
            proposal.note = note;
            proposal.ratingCode = Text.clean(draft.ratingCode());
            proposal.headline = Text.fit(Text.clean(draft.headline()), RevisionContent.HEADLINE_LENGTH);
            proposal.summary = Text.fit(Text.clean(draft.summary()), RevisionContent.SUMMARY_LENGTH);
            proposal.explanation = Text.clean(draft.explanation());
            proposal.proposedBy = actor.username();
            proposal.persist();
            record(Transition.CORRECT, actor, claim, claim.state(), note);
        }
        gate.flush(Transition.CORRECT);
        return verdict;
    }

    @Override
    @Transactional
    public Claim approveCorrection(Actor actor, long claimId, Long expectedVersion) {
        Claim claim = gate.open(Transition.APPROVE_CORRECTION, actor, claimId, expectedVersion);
        CorrectionProposal proposal = gate.pendingCorrection(claim).orElse(null);
        var request = gate.request(Transition.APPROVE_CORRECTION, actor, claim)
                .withReview(proposal == null ? null : gate.factsOf(proposal));
        WorkflowRules.enforce(request);
        List<String> approvers = approversWith(request);
        gate.writeVersion(Transition.APPROVE_CORRECTION, claim);
        CorrectionApproval approval = new CorrectionApproval();
        approval.proposal = proposal;
        approval.editor = actor.username();
        approval.persist();
        String note = approvalNote(request, approvers);
        if (PanelApprovalPolicy.completes(request)) {
            proposal.decide(CorrectionProposal.Status.APPROVED, null);
            publisher.correct(claim, draftOf(proposal), proposal.proposedBy, approvers);
            record(Transition.APPROVE_CORRECTION, actor, claim, claim.state(), note);
        } else {
            recordEvent(claim, PARTIAL_CORRECTION_APPROVAL_EVENT, actor.username(), claim.state(),
                    claim.state(), note);
        }
        gate.flush(Transition.APPROVE_CORRECTION);
        return claim;
    }

    @Override
    @Transactional
    public Claim returnCorrection(Actor actor, long claimId, String note, Long expectedVersion) {
        Claim claim = gate.open(Transition.RETURN_CORRECTION, actor, claimId, expectedVersion);
        CorrectionProposal proposal = gate.pendingCorrection(claim).orElse(null);
        WorkflowRules.enforce(gate.request(Transition.RETURN_CORRECTION, actor, claim)
                .withReview(proposal == null ? null : gate.factsOf(proposal))
                .withInput(TransitionRequest.Input.note(note)));
        gate.writeVersion(Transition.RETURN_CORRECTION, claim);
        proposal.decide(CorrectionProposal.Status.RETURNED, note.strip());
        record(Transition.RETURN_CORRECTION, actor, claim, claim.state(), note.strip());
        gate.flush(Transition.RETURN_CORRECTION);
        return claim;
    }

    @Override
    @Transactional
    public Claim reopen(Actor actor, long claimId, String note, Long expectedVersion) {
        Claim claim = gate.open(Transition.REOPEN, actor, claimId, expectedVersion);
        WorkflowRules.enforce(gate.request(Transition.REOPEN, actor, claim)
                .withInput(TransitionRequest.Input.note(note)));
        // The re-review decides afresh; a correction still waiting would publish over it.
        gate.pendingCorrection(claim).ifPresent(
                proposal -> proposal.decide(CorrectionProposal.Status.SUPERSEDED, "Reopened for review"));
        move(Transition.REOPEN, actor, claim, claim.assignee(), Text.clean(note));
        publisher.markUnderReview(claim);
        gate.flush(Transition.REOPEN);
        return claim;
    }

    @Override
    @Transactional
    public Claim removeEvidence(Actor actor, long claimId, long evidenceId, Long expectedVersion) {
        Claim claim = gate.open(Transition.REMOVE_EVIDENCE, actor, claimId, expectedVersion);
        WorkflowRules.enforce(gate.request(Transition.REMOVE_EVIDENCE, actor, claim));
        Evidence evidence = Evidence.<Evidence>find("id = ?1 and claim = ?2", evidenceId, claim)
                .firstResultOptional().orElseThrow(() -> new NotFound("evidence", evidenceId));
        gate.writeVersion(Transition.REMOVE_EVIDENCE, claim);
        evidence.delete();
        record(Transition.REMOVE_EVIDENCE, actor, claim, claim.state(), evidence.title);
        gate.flush(Transition.REMOVE_EVIDENCE);
        return claim;
    }

    @Override
    @Transactional
    public AllowedActions allowed(Actor actor, Claim claim) {
        Set<Transition> allowed = EnumSet.noneOf(Transition.class);
        Map<Transition, Refusal> refused = new EnumMap<>(Transition.class);
        // The caller's own instance inside its transaction; a fresh one when it was loaded in an earlier one.
        Claim current = Claim.findById(claim.id);
        for (Transition transition : TransitionTable.from(current.state())) {
            TransitionRequest dry = gate.request(transition, actor, current)
                    .withReview(gate.decidedBy(transition, current));
            WorkflowRules.firstRefusalWithoutInput(dry).ifPresentOrElse(
                    refusal -> refused.put(transition, refusal), () -> allowed.add(transition));
        }
        return new AllowedActions(allowed, refused);
    }

    /** The round's (or proposal's) earlier approvers, sorted, then the actor: the order the public sees. */
    private static List<String> approversWith(TransitionRequest request) {
        List<String> approvers = new ArrayList<>(request.review().approvers().stream().sorted().toList());
        approvers.add(request.actor().username());
        return approvers;
    }

    private static String approvalNote(TransitionRequest request, List<String> approvers) {
        return "Approval " + approvers.size() + " of " + request.policy().approvalsRequired();
    }

    private static CorrectionDraft draftOf(CorrectionProposal proposal) {
        return new CorrectionDraft(proposal.note, proposal.ratingCode, proposal.headline, proposal.summary,
                proposal.explanation);
    }

    /** Moves the claim to the table's target state, writes its version first, then records the event. */
    private void move(Transition transition, Actor actor, Claim claim, String assignee, String note) {
        ClaimState from = claim.state();
        claim.moveTo(TransitionTable.rowFor(transition).target(from), assignee, note);
        gate.writeVersion(transition, claim);
        record(transition, actor, claim, from, note);
    }

    private void record(Transition transition, Actor actor, Claim claim, ClaimState from, String note) {
        recordEvent(claim, transition.eventType(), actor.username(), from, claim.state(), note);
    }

    /** Writes the audit event and lets its observers (notifications) write theirs in the same transaction. */
    private void recordEvent(Claim claim, String type, String actor, ClaimState from, ClaimState to, String note) {
        recorded.fire(new WorkflowEventRecorded(WorkflowEvent.record(claim, type, actor, from, to, note)));
    }
}
