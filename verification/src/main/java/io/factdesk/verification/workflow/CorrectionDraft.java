package io.factdesk.verification.workflow;

/**
 * A correction of a published verdict. {@code note} (public: what changed and why) is required; the other fields
 * replace the current revision's values when not null. Its field limits are declared here once, for the API's
 * request record and the desk's form.
 *
 * @param typo the editor flags it as a typo-level fix, to be published alone where the organisation allows it
 */
public record CorrectionDraft(String note, String ratingCode, String headline, String summary, String explanation,
        boolean typo) {

    public static final int NOTE_LENGTH = TransitionRequest.Input.NOTE_LENGTH;
    public static final int RATING_CODE_LENGTH = ReviewDraft.RATING_CODE_LENGTH;
    public static final int HEADLINE_LENGTH = RevisionContent.HEADLINE_LENGTH;
    public static final int SUMMARY_LENGTH = RevisionContent.SUMMARY_LENGTH;
    public static final int EXPLANATION_LENGTH = ReviewDraft.ANALYSIS_LENGTH;

    public CorrectionDraft(String note, String ratingCode, String headline, String summary, String explanation) {
        this(note, ratingCode, headline, summary, explanation, false);
    }
}
