package io.factdesk.verification.workflow;

/**
 * A correction of a published verdict. {@code note} (public: what changed and why) is required; the other fields
 * replace the current revision's values when not null.
 */
public record CorrectionDraft(String note, String ratingCode, String headline, String summary, String explanation) {
}
