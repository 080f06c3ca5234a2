package io.factdesk.verification.workflow;

import java.util.Optional;

/**
 * k-of-n approval: a rating is published once {@code approvalsRequired} distinct editors approved the same review
 * round. Approvals belong to a round, so a return (which ends the round) discards them: the next round starts at
 * zero. A proposed correction is approved the same way: k distinct editors, the proposer excluded (FourEyesPolicy).
 */
public final class PanelApprovalPolicy implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        boolean approval = request.transition() == Transition.APPROVE
                || request.transition() == Transition.APPROVE_CORRECTION;
        if (approval && request.review() != null
                && request.review().approvers().contains(request.actor().username())) {
            return Optional.of(Refusal.of(RefusalReason.ALREADY_APPROVED));
        }
        return Optional.empty();
    }

    /** True if the actor's approval, added to the round's earlier ones, completes the panel. */
    public static boolean completes(TransitionRequest request) {
        long others = request.review().approvers().stream()
                .filter(editor -> !editor.equals(request.actor().username()))
                .count();
        return others + 1 >= request.policy().approvalsRequired();
    }
}
