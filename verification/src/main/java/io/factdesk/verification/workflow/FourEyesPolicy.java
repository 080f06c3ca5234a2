package io.factdesk.verification.workflow;

import java.util.Optional;

/** Nobody approves a review they wrote, nor a correction they proposed. */
public final class FourEyesPolicy implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        boolean correction = request.transition() == Transition.APPROVE_CORRECTION;
        if (request.transition() != Transition.APPROVE && !correction) {
            return Optional.empty();
        }
        if (request.review() == null) {
            return Optional.of(Refusal.because(RefusalReason.WRONG_STATE,
                    correction ? "detail_no_correction" : "detail_no_review"));
        }
        if (!request.actor().username().equals(request.review().author())) {
            return Optional.empty();
        }
        return Optional.of(correction
                ? Refusal.worded(RefusalReason.FOUR_EYES, "rule_four_eyes_correction")
                : Refusal.of(RefusalReason.FOUR_EYES));
    }
}
