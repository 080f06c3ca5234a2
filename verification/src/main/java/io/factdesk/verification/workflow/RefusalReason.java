package io.factdesk.verification.workflow;

import java.util.Locale;

/**
 * Why a transition was refused: each names the rule. The code is stable (API problem details use it); the words
 * for people live only in the refusals bundle ({@link io.factdesk.verification.common.RefusalMessages}), under
 * {@link #messageKey()}, in every language.
 */
public enum RefusalReason {
    NOT_FOUND("not-found"),
    WRONG_ROLE("wrong-role"),
    WRONG_ORGANISATION("wrong-organisation"),
    WRONG_STATE("wrong-state"),
    NOT_ASSIGNEE("not-assignee"),
    FOUR_EYES("four-eyes"),
    ALREADY_APPROVED("already-approved"),
    /** Its text takes the four numbers of an {@link EvidenceShortfall}. */
    MINIMUM_EVIDENCE("minimum-evidence"),
    NOTE_REQUIRED("note-required"),
    INCOMPLETE_EVIDENCE("incomplete-evidence"),
    UNKNOWN_RATING("unknown-rating"),
    INCOMPLETE_REVIEW("incomplete-review"),
    UNKNOWN_ASSIGNEE("unknown-assignee"),
    CORRECTION_PENDING("correction-pending"),
    NO_PENDING_CORRECTION("no-pending-correction"),
    TYPO_NOT_ALLOWED("typo-not-allowed"),
    NOT_A_TYPO("not-a-typo"),
    /** Worded like every other service's stale claim. */
    STALE_VERSION("stale-version", "stale_claim");

    private final String code;
    private final String messageKey;

    RefusalReason(String code) {
        this.code = code;
        this.messageKey = "rule_" + name().toLowerCase(Locale.ROOT);
    }

    RefusalReason(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    /** The key of the rule's text in the refusals bundle. */
    public String messageKey() {
        return messageKey;
    }
}
