package io.factdesk.verification.workflow;

/**
 * A correction of a published verdict. {@code note} (public: what changed and why) is required; the other fields
 * replace the current revision's values when not null.
 *
 * @param typo the editor flags it as a typo-level fix, to be published alone where the organisation allows it
 */
public record CorrectionDraft(String note, String ratingCode, String headline, String summary, String explanation,
        boolean typo) {

    public CorrectionDraft(String note, String ratingCode, String headline, String summary, String explanation) {
        this(note, ratingCode, headline, summary, explanation, false);
    }
}
