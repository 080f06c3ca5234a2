package io.factdesk.verification.workflow;

import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.common.SafeMarkdown;
import io.factdesk.verification.common.Texts;
import java.util.List;

/**
 * What one verdict revision says. Derived from an approved review, or from the current revision plus a
 * correction; pure, so the rules of what a correction keeps are testable without a database.
 */
public record RevisionContent(String ratingCode, String headline, String summary, String explanation,
        String approvers) {

    public static final int HEADLINE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 2000;
    static final int APPROVERS_LENGTH = 1000;

    /** The content an approved review publishes; headline and summary fall back to the claim and the analysis. */
    public static RevisionContent fromReview(String claimText, ReviewDraft review, List<String> approvers) {
        String headline = Text.isBlank(review.headline()) ? claimText : review.headline().strip();
        String summary = Text.isBlank(review.summary()) ? firstParagraph(review.analysis()) : review.summary().strip();
        return new RevisionContent(review.proposedRating().strip(), Text.fit(headline, HEADLINE_LENGTH),
                Text.fit(summary, SUMMARY_LENGTH), review.analysis(),
                Text.fit(String.join(",", approvers), APPROVERS_LENGTH));
    }

    /** What a published revision says. */
    public static RevisionContent of(VerdictRevision revision) {
        return new RevisionContent(revision.ratingCode, revision.headline, revision.summary, revision.explanation,
                revision.approvers);
    }

    /**
     * The next revision after a correction: the draft's non-blank fields replace the current ones.
     *
     * @param editor the editors who approved the correction (comma-separated login names)
     */
    public static RevisionContent corrected(VerdictRevision current, CorrectionDraft draft, String editor) {
        return new RevisionContent(
                pick(draft.ratingCode(), current.ratingCode),
                Text.fit(pick(draft.headline(), current.headline), HEADLINE_LENGTH),
                Text.fit(pick(draft.summary(), current.summary), SUMMARY_LENGTH),
                pick(draft.explanation(), current.explanation),
                Text.fit(editor, APPROVERS_LENGTH));
    }

    public void applyTo(VerdictRevision revision) {
        revision.ratingCode = ratingCode;
        revision.headline = headline;
        revision.summary = summary;
        revision.explanation = explanation;
        revision.explanationHtml = SafeMarkdown.toHtml(explanation);
        revision.approvers = approvers;
    }

    private static String pick(String replacement, String current) {
        return Text.isBlank(replacement) ? current : replacement.strip();
    }

    static String firstParagraph(String markdown) {
        String text = markdown.strip();
        int end = text.indexOf("\n\n");
        String paragraph = end < 0 ? text : text.substring(0, end);
        return Texts.collapseWhitespace(paragraph).strip();
    }
}
