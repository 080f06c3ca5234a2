package io.factdesk.verification.workflow;

import java.util.Objects;
import java.util.Optional;

/** Staff act only on their own organisation's claims. */
public final class OrganisationRule implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        boolean same = Objects.equals(request.actor().organisation().id, request.claim().organisationId());
        return same ? Optional.empty() : Optional.of(Refusal.of(RefusalReason.WRONG_ORGANISATION));
    }
}
