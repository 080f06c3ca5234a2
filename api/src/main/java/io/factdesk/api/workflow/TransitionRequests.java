package io.factdesk.api.workflow;

import io.factdesk.verification.workflow.CorrectionDraft;
import io.factdesk.verification.workflow.ReviewDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the workflow transitions. */
public final class TransitionRequests {

    private TransitionRequests() {
    }

    /** Whom to assign the claim to: a reviewer of the organisation (username). */
    public record AssignRequest(@NotBlank @Size(max = 200) String assignee) {
    }

    /** The reviewer's analysis (Markdown) and proposed rating code; headline and summary are public and optional. */
    public record SubmitReviewRequest(
            @NotBlank @Size(max = 100000) String analysis,
            @NotBlank @Size(max = 64) String proposedRating,
            @Size(max = 300) String headline,
            @Size(max = 2000) String summary) {

        ReviewDraft draft() {
            return new ReviewDraft(analysis, proposedRating, headline, summary);
        }
    }

    /** A required note: why the review is returned, or why the verdict is reopened. */
    public record NoteRequest(@NotBlank @Size(max = 5000) String note) {
    }

    /** Why the claim is dismissed (not check-worthy, out of scope, duplicate of X). */
    public record DismissRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * A public correction note (required) and the fields that change; null fields keep their value. {@code typo}
     * asks for the single-editor typo path (only where the organisation allows it).
     */
    public record CorrectRequest(
            @NotBlank @Size(max = 5000) String note,
            @Size(max = 64) String ratingCode,
            @Size(max = 300) String headline,
            @Size(max = 2000) String summary,
            @Size(max = 100000) String explanation,
            Boolean typo) {

        CorrectionDraft draft() {
            return new CorrectionDraft(note, ratingCode, headline, summary, explanation, Boolean.TRUE.equals(typo));
        }
    }
}
