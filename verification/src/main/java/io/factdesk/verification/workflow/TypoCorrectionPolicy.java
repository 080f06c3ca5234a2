package io.factdesk.verification.workflow;

import java.util.Optional;

/**
 * The single-editor path for a correction flagged as a typo: only where the organisation allows it, only with the
 * rating unchanged, and only for a small edit: at most {@link #MAX_CHANGED} characters changed in headline,
 * summary and explanation together. Anything else must be proposed for the approval panel.
 */
public final class TypoCorrectionPolicy implements WorkflowRule {

    /** Most characters a typo correction may change, counted over the edited span of each field. */
    public static final int MAX_CHANGED = 40;

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        CorrectionDraft draft = request.input().correction();
        if (request.transition() != Transition.CORRECT || draft == null || !draft.typo()) {
            return Optional.empty();
        }
        if (!request.policy().typoCorrectionsAllowed()) {
            return Optional.of(Refusal.of(RefusalReason.TYPO_NOT_ALLOWED));
        }
        RevisionContent current = request.published();
        if (current == null) {
            return Optional.of(Refusal.because(RefusalReason.WRONG_STATE, "detail_no_published_verdict"));
        }
        if (!Text.isBlank(draft.ratingCode()) && !draft.ratingCode().strip().equals(current.ratingCode())) {
            return Optional.of(Refusal.because(RefusalReason.NOT_A_TYPO, "detail_changes_rating"));
        }
        long changed = changed(current.headline(), draft.headline()) + changed(current.summary(), draft.summary())
                + changed(current.explanation(), draft.explanation());
        return changed > MAX_CHANGED
                ? Optional.of(Refusal.because(RefusalReason.NOT_A_TYPO, "detail_too_many_changes", changed,
                        MAX_CHANGED))
                : Optional.empty();
    }

    /**
     * Characters changed from {@code before} to {@code after}: the longer side of the span left once the common
     * beginning and end are set aside. Linear in the text, whatever its length.
     */
    static int changed(String before, String after) {
        if (Text.isBlank(after)) {
            return 0;
        }
        String a = before == null ? "" : before;
        String b = after.strip();
        int prefix = 0;
        int limit = Math.min(a.length(), b.length());
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return Math.max(a.length() - prefix - suffix, b.length() - prefix - suffix);
    }

    @Override
    public boolean judgesInput() {
        return true;
    }
}
