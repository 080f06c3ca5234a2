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
            return Optional.of(new Refusal(RefusalReason.WRONG_STATE,
                    correction ? "There is no correction to approve." : "There is no review to approve."));
        }
        if (!request.actor().username().equals(request.review().author())) {
            return Optional.empty();
        }
        return Optional.of(correction
                ? new Refusal(RefusalReason.FOUR_EYES, "You proposed this correction; another editor must approve it.")
                : Refusal.of(RefusalReason.FOUR_EYES));
    }
}
