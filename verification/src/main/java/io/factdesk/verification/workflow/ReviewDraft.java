package io.factdesk.verification.workflow;

/**
 * What a reviewer submits for approval.
 *
 * @param analysis the analysis in Markdown
 * @param proposedRating a rating code from the organisation's scale, e.g. "mostly-false"
 * @param headline the verdict headline shown publicly (optional; defaults to the claim text)
 * @param summary a short public summary (optional; defaults to the first paragraph of the analysis)
 */
public record ReviewDraft(String analysis, String proposedRating, String headline, String summary) {
}
