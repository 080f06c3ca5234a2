package io.factdesk.verification.workflow;

import java.util.Optional;

/** A proposed or corrected rating must be on the organisation's rating scale. */
public final class RatingScaleRule implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        String code = switch (request.transition()) {
            case SUBMIT_REVIEW -> request.input().review() == null ? null : request.input().review().proposedRating();
            case CORRECT -> request.input().correction() == null ? null : request.input().correction().ratingCode();
            default -> null;
        };
        if (code == null || request.ratingCodes().contains(code.strip())) {
            return Optional.empty();
        }
        return Optional.of(Refusal.because(RefusalReason.UNKNOWN_RATING, "detail_not_on_scale", code));
    }

    @Override
    public boolean judgesInput() {
        return true;
    }
}
