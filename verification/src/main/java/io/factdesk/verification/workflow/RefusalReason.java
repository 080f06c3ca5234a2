package io.factdesk.verification.workflow;

/**
 * Why a transition was refused: each names the rule, and carries a plain-language message that pages can show
 * as it is. The code is stable (API problem details use it).
 */
public enum RefusalReason {
    NOT_FOUND("not-found", "There is no such claim in your organisation."),
    WRONG_ROLE("wrong-role", "Your role does not allow this action."),
    WRONG_ORGANISATION("wrong-organisation", "This claim belongs to another organisation."),
    WRONG_STATE("wrong-state", "This action is not possible in the claim's current state."),
    NOT_ASSIGNEE("not-assignee", "Only the reviewer assigned to this claim can do this."),
    FOUR_EYES("four-eyes", "You wrote this review; another editor must approve it."),
    ALREADY_APPROVED("already-approved", "You have already approved this review round."),
    MINIMUM_EVIDENCE("minimum-evidence", "More evidence is needed before the review can be submitted."),
    NOTE_REQUIRED("note-required", "A note is required for this action."),
    INCOMPLETE_EVIDENCE("incomplete-evidence", "Evidence needs a title, a publisher, and a URL or a citation."),
    UNKNOWN_RATING("unknown-rating", "The proposed rating is not on the organisation's rating scale."),
    INCOMPLETE_REVIEW("incomplete-review", "The review needs an analysis and a proposed rating."),
    UNKNOWN_ASSIGNEE("unknown-assignee", "That person is not staff of this organisation."),
    CORRECTION_PENDING("correction-pending",
            "A correction of this verdict already awaits approval; approve or return it first."),
    NO_PENDING_CORRECTION("no-pending-correction", "No correction of this verdict awaits approval."),
    TYPO_NOT_ALLOWED("typo-not-allowed",
            "Your organisation does not allow single-editor typo corrections; propose it for approval."),
    NOT_A_TYPO("not-a-typo",
            "A typo correction keeps the rating and changes only a few characters; propose it for approval."),
    STALE_VERSION("stale-version", "Someone else changed this claim in the meantime; reload and try again.");

    private final String code;
    private final String message;

    RefusalReason(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
