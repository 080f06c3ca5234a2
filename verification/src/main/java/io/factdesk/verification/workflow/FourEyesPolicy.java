package io.factdesk.verification.workflow;

import java.util.Optional;

/** Nobody approves a review they wrote. */
public final class FourEyesPolicy implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        if (request.transition() != Transition.APPROVE) {
            return Optional.empty();
        }
        if (request.review() == null) {
            return Optional.of(new Refusal(RefusalReason.WRONG_STATE, "There is no review to approve."));
        }
        return request.actor().username().equals(request.review().author())
                ? Optional.of(Refusal.of(RefusalReason.FOUR_EYES))
                : Optional.empty();
    }
}
