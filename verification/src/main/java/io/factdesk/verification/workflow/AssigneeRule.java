package io.factdesk.verification.workflow;

import java.util.Optional;

/** Only the reviewer a claim is assigned to submits its review. */
public final class AssigneeRule implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        if (request.transition() != Transition.SUBMIT_REVIEW
                || request.actor().username().equals(request.claim().assignee())) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(RefusalReason.NOT_ASSIGNEE));
    }
}
