package io.factdesk.verification.workflow;

import java.util.Optional;

/** The actor holds the role the transition table asks for (an editor counts as a reviewer). */
public final class RoleRule implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        var role = request.row().role();
        return request.actor().has(role)
                ? Optional.empty()
                : Optional.of(Refusal.because(RefusalReason.WRONG_ROLE, "needs_role", role.tokenName()));
    }
}
