package io.factdesk.verification.workflow;

/**
 * What a reviewer submits for approval. Its field limits are declared here once, for the API's request record and
 * the desk's form.
 *
 * @param analysis the analysis in Markdown
 * @param proposedRating a rating code from the organisation's scale, e.g. "mostly-false"
 * @param headline the verdict headline shown publicly (optional; defaults to the claim text)
 * @param summary a short public summary (optional; defaults to the first paragraph of the analysis)
 */
public record ReviewDraft(String analysis, String proposedRating, String headline, String summary) {

    public static final int ANALYSIS_LENGTH = 100_000;
    /** A rating code; the {@code rating.code} column holds this many. */
    public static final int RATING_CODE_LENGTH = 64;
    public static final int HEADLINE_LENGTH = RevisionContent.HEADLINE_LENGTH;
    public static final int SUMMARY_LENGTH = RevisionContent.SUMMARY_LENGTH;
}
