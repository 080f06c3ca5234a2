package io.factdesk.verification.workflow;

/** Every way a claim can change state (DESIGN.md §3). Past-tense event names go to the audit trail. */
public enum Transition {
    TAKE("ClaimTaken"),
    ASSIGN("ClaimAssigned"),
    SUBMIT_REVIEW("ReviewSubmitted"),
    APPROVE("RatingApproved"),
    RETURN("ReviewReturned"),
    DISMISS("ClaimDismissed"),
    CORRECT("VerdictCorrected"),
    REOPEN("VerdictReopened"),
    ADD_EVIDENCE("EvidenceAdded");

    private final String eventType;

    Transition(String eventType) {
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
