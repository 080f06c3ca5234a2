package io.factdesk.verification.workflow;

import java.util.Optional;

/**
 * One correction of a verdict awaits approval at a time: a second proposal would race the first for the next
 * revision. Approving or returning needs one to be waiting.
 */
public final class PendingCorrectionRule implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        boolean pending = request.claim().correctionPending();
        return switch (request.transition()) {
            case CORRECT -> pending ? Optional.of(Refusal.of(RefusalReason.CORRECTION_PENDING)) : Optional.empty();
            case APPROVE_CORRECTION, RETURN_CORRECTION -> pending ? Optional.empty()
                    : Optional.of(Refusal.of(RefusalReason.NO_PENDING_CORRECTION));
            default -> Optional.empty();
        };
    }
}
