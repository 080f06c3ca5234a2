package io.factdesk.verification.workflow;

import java.util.Optional;

/** A claim is assigned only to staff of its own organisation. */
public final class KnownAssigneeRule implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        var input = request.input();
        if (request.transition() == Transition.ASSIGN && (Text.isBlank(input.assignee()) || !input.assigneeIsMember())) {
            return Optional.of(Refusal.of(RefusalReason.UNKNOWN_ASSIGNEE));
        }
        return Optional.empty();
    }

    @Override
    public boolean judgesInput() {
        return true;
    }
}
