package io.factdesk.verification.workflow;

import java.util.Locale;

/** Every way a claim can change state (DESIGN.md §3). Past-tense event names go to the audit trail. */
public enum Transition {
    TAKE("ClaimTaken"),
    ASSIGN("ClaimAssigned"),
    SUBMIT_REVIEW("ReviewSubmitted"),
    APPROVE("RatingApproved"),
    RETURN("ReviewReturned"),
    DISMISS("ClaimDismissed"),
    /** Proposes a correction (or, on the typo path, publishes it: VerdictTypoCorrected). */
    CORRECT("CorrectionProposed"),
    /** Publishes a proposed correction once the panel is complete (CorrectionApproved before that). */
    APPROVE_CORRECTION("VerdictCorrected"),
    RETURN_CORRECTION("CorrectionReturned"),
    REOPEN("VerdictReopened"),
    ADD_EVIDENCE("EvidenceAdded"),
    REMOVE_EVIDENCE("EvidenceRemoved");

    private final String eventType;

    Transition(String eventType) {
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }

    /**
     * The transition's stable name in lower-case words joined by hyphens ({@code submit-review}): the last segment
     * of its API address, an entry of a claim's {@code allowedActions}, a metrics tag.
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
