package io.factdesk.web.desk;

import io.factdesk.verification.common.RefusalMessages;
import io.factdesk.verification.workflow.AllowedActions;
import io.factdesk.verification.workflow.Refusal;
import io.factdesk.verification.workflow.RefusalReason;
import io.factdesk.verification.workflow.Transition;
import io.factdesk.web.support.PageLanguage;
import java.util.List;

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
                firstOf(blocked(allowed.refusal(Transition.APPROVE)),
                        blocked(allowed.refusal(Transition.APPROVE_CORRECTION))));
    }

    /**
     * The words of the approval rule that keeps an editor from approving, in the page's language, or null: the
     * refusals bundle's text for the rule (a correction the editor proposed has its own).
     */
    private static String blocked(Refusal refusal) {
        if (refusal == null || refusal.reason() != RefusalReason.FOUR_EYES
                && refusal.reason() != RefusalReason.ALREADY_APPROVED) {
            return null;
        }
        return RefusalMessages.message(refusal.messageKey(), List.of(), PageLanguage.currentLocale())
                .orElseGet(refusal::englishMessage);
    }

    private static String firstOf(String review, String correction) {
        return review != null ? review : correction;
    }

    public boolean editorPanel() {
        return approve || returnForWork || dismiss || correct || reopen || assign || returnCorrection
                || approveBlocked != null;
    }
}
