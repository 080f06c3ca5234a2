package io.factdesk.verification.workflow;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Returning, dismissing and correcting need a note: the reviewer, the desk or the public must know why. */
public final class NoteRequiredRule implements WorkflowRule {

    static final Set<Transition> NEED_A_NOTE = EnumSet.of(Transition.RETURN, Transition.DISMISS, Transition.CORRECT,
            Transition.RETURN_CORRECTION);

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        if (NEED_A_NOTE.contains(request.transition()) && Text.isBlank(request.input().note())) {
            return Optional.of(Refusal.of(RefusalReason.NOTE_REQUIRED));
        }
        return Optional.empty();
    }

    @Override
    public boolean judgesInput() {
        return true;
    }
}
