package io.factdesk.api.operations;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.workflow.AllowedActions;
import io.factdesk.verification.workflow.CorrectionDraft;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.factdesk.verification.workflow.Transition;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

/**
 * Decorates the review workflow with {@link TransitionMetrics}, so every caller (API, desk, imports) is counted
 * without the workflow knowing about metrics.
 */
@Decorator
@Priority(10)
public class CountedReviewWorkflow implements ReviewWorkflow {

    @Inject
    @Delegate
    @Any
    ReviewWorkflow workflow;

    @Inject
    TransitionMetrics metrics;

    @Override
    public Claim take(Actor actor, long claimId, Long expectedVersion) {
        return metrics.count(Transition.TAKE, () -> workflow.take(actor, claimId, expectedVersion));
    }

    @Override
    public Claim assign(Actor actor, long claimId, String assignee, Long expectedVersion) {
        return metrics.count(Transition.ASSIGN, () -> workflow.assign(actor, claimId, assignee, expectedVersion));
    }

    @Override
    public Evidence addEvidence(Actor actor, long claimId, EvidenceDraft draft, Long expectedVersion) {
        return metrics.count(Transition.ADD_EVIDENCE,
                () -> workflow.addEvidence(actor, claimId, draft, expectedVersion));
    }

    @Override
    public Claim submitReview(Actor actor, long claimId, ReviewDraft draft, Long expectedVersion) {
        return metrics.count(Transition.SUBMIT_REVIEW,
                () -> workflow.submitReview(actor, claimId, draft, expectedVersion));
    }

    @Override
    public Claim approve(Actor actor, long claimId, Long expectedVersion) {
        return metrics.count(Transition.APPROVE, () -> workflow.approve(actor, claimId, expectedVersion));
    }

    @Override
    public Claim returnForWork(Actor actor, long claimId, String note, Long expectedVersion) {
        return metrics.count(Transition.RETURN, () -> workflow.returnForWork(actor, claimId, note, expectedVersion));
    }

    @Override
    public Claim dismiss(Actor actor, long claimId, String reason, Long expectedVersion) {
        return metrics.count(Transition.DISMISS, () -> workflow.dismiss(actor, claimId, reason, expectedVersion));
    }

    @Override
    public Verdict correct(Actor actor, long claimId, CorrectionDraft draft, Long expectedVersion) {
        return metrics.count(Transition.CORRECT, () -> workflow.correct(actor, claimId, draft, expectedVersion));
    }

    @Override
    public Claim approveCorrection(Actor actor, long claimId, Long expectedVersion) {
        return metrics.count(Transition.APPROVE_CORRECTION,
                () -> workflow.approveCorrection(actor, claimId, expectedVersion));
    }

    @Override
    public Claim returnCorrection(Actor actor, long claimId, String note, Long expectedVersion) {
        return metrics.count(Transition.RETURN_CORRECTION,
                () -> workflow.returnCorrection(actor, claimId, note, expectedVersion));
    }

    @Override
    public Claim reopen(Actor actor, long claimId, String note, Long expectedVersion) {
        return metrics.count(Transition.REOPEN, () -> workflow.reopen(actor, claimId, note, expectedVersion));
    }

    @Override
    public Claim removeEvidence(Actor actor, long claimId, long evidenceId, Long expectedVersion) {
        return metrics.count(Transition.REMOVE_EVIDENCE,
                () -> workflow.removeEvidence(actor, claimId, evidenceId, expectedVersion));
    }

    /** Not counted: a dry run changes nothing. */
    @Override
    public AllowedActions allowed(Actor actor, Claim claim) {
        return workflow.allowed(actor, claim);
    }
}
