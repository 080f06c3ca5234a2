package io.factdesk.verification.workflow;

import java.util.Locale;
import java.util.Optional;

/** The claim is in one of the states the transition table lets this transition start from. */
public final class StateRule implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        var state = request.claim().state();
        if (request.row().allowsFrom(state)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.because(RefusalReason.WRONG_STATE, "detail_claim_is",
                state.name().toLowerCase(Locale.ROOT)));
    }
}
