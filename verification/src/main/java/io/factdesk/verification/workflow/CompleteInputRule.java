package io.factdesk.verification.workflow;

import java.util.Optional;

/** A review has an analysis and a proposed rating; evidence has a title, a publisher and a URL or citation. */
public final class CompleteInputRule implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        var input = request.input();
        if (request.transition() == Transition.SUBMIT_REVIEW) {
            var draft = input.review();
            if (draft == null || Text.isBlank(draft.analysis()) || Text.isBlank(draft.proposedRating())) {
                return Optional.of(Refusal.of(RefusalReason.INCOMPLETE_REVIEW));
            }
        }
        if (request.transition() == Transition.ADD_EVIDENCE
                && (input.evidence() == null || !input.evidence().isComplete())) {
            return Optional.of(Refusal.of(RefusalReason.INCOMPLETE_EVIDENCE));
        }
        return Optional.empty();
    }

    @Override
    public boolean judgesInput() {
        return true;
    }
}
