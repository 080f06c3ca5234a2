package io.factdesk.api.workflow;

import io.factdesk.verification.workflow.CorrectionDraft;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.TransitionRequest.Input;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the workflow transitions; their limits are the workflow's input records' own. */
public final class TransitionRequests {

    private TransitionRequests() {
    }

    /** Whom to assign the claim to: a reviewer of the organisation (username). */
    public record AssignRequest(@NotBlank @Size(max = Input.ASSIGNEE_LENGTH) String assignee) {
    }

    /** The reviewer's analysis (Markdown) and proposed rating code; headline and summary are public and optional. */
    public record SubmitReviewRequest(
            @NotBlank @Size(max = ReviewDraft.ANALYSIS_LENGTH) String analysis,
            @NotBlank @Size(max = ReviewDraft.RATING_CODE_LENGTH) String proposedRating,
            @Size(max = ReviewDraft.HEADLINE_LENGTH) String headline,
            @Size(max = ReviewDraft.SUMMARY_LENGTH) String summary) {

        ReviewDraft draft() {
            return new ReviewDraft(analysis, proposedRating, headline, summary);
        }
    }

    /** A required note: why the review is returned, or why the verdict is reopened. */
    public record NoteRequest(@NotBlank @Size(max = Input.NOTE_LENGTH) String note) {
    }

    /** Why the claim is dismissed (not check-worthy, out of scope, duplicate of X). */
    public record DismissRequest(@NotBlank @Size(max = Input.REASON_LENGTH) String reason) {
    }

    /**
     * A public correction note (required) and the fields that change; null fields keep their value. {@code typo}
     * asks for the single-editor typo path (only where the organisation allows it).
     */
    public record CorrectRequest(
            @NotBlank @Size(max = CorrectionDraft.NOTE_LENGTH) String note,
            @Size(max = CorrectionDraft.RATING_CODE_LENGTH) String ratingCode,
            @Size(max = CorrectionDraft.HEADLINE_LENGTH) String headline,
            @Size(max = CorrectionDraft.SUMMARY_LENGTH) String summary,
            @Size(max = CorrectionDraft.EXPLANATION_LENGTH) String explanation,
            Boolean typo) {

        CorrectionDraft draft() {
            return new CorrectionDraft(note, ratingCode, headline, summary, explanation, Boolean.TRUE.equals(typo));
        }
    }
}
