package io.factdesk.web.desk;

import io.factdesk.verification.workflow.AllowedActions;
import io.factdesk.verification.workflow.Refusal;
import io.factdesk.verification.workflow.RefusalReason;
import io.factdesk.verification.workflow.Transition;

/**
 * Which actions the claim page offers the viewer: exactly those the review workflow answers they may make now
 * ({@link io.factdesk.verification.workflow.ReviewWorkflow#allowed}); nothing here re-derives the state machine.
 * The workflow still decides on every POST. {@code approveBlocked} explains in plain words why an editor sees no
 * approve button (the four-eyes rule, or an approval already given), for a review or a proposed correction.
 */
public record Actions(boolean take, boolean assign, boolean evidence, boolean removeEvidence, boolean review,
        boolean approve, boolean returnForWork, boolean dismiss, boolean correct, boolean reopen,
        boolean approveCorrection, boolean returnCorrection, String approveBlocked) {

    public static Actions of(AllowedActions allowed) {
        return new Actions(
                allowed.may(Transition.TAKE),
                allowed.may(Transition.ASSIGN),
                allowed.may(Transition.ADD_EVIDENCE),
                allowed.may(Transition.REMOVE_EVIDENCE),
                allowed.may(Transition.SUBMIT_REVIEW),
                allowed.may(Transition.APPROVE),
                allowed.may(Transition.RETURN),
                allowed.may(Transition.DISMISS),
                allowed.may(Transition.CORRECT),
                allowed.may(Transition.REOPEN),
                allowed.may(Transition.APPROVE_CORRECTION),
                allowed.may(Transition.RETURN_CORRECTION),
                blocked(allowed.refusal(Transition.APPROVE), allowed.refusal(Transition.APPROVE_CORRECTION)));
    }

    /** The words of the approval rule that keeps an editor from approving, or null. */
    private static String blocked(Refusal... refusals) {
        for (Refusal refusal : refusals) {
            if (refusal != null && (refusal.reason() == RefusalReason.FOUR_EYES
                    || refusal.reason() == RefusalReason.ALREADY_APPROVED)) {
                return refusal.detail() == null ? refusal.reason().message() : refusal.detail();
            }
        }
        return null;
    }

    public boolean editorPanel() {
        return approve || returnForWork || dismiss || correct || reopen || assign || returnCorrection
                || approveBlocked != null;
    }
}
