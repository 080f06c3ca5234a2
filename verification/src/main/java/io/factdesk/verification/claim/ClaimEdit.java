package io.factdesk.verification.claim;

import io.factdesk.core.claim.ClaimantKind;
import java.time.LocalDate;

/** New wording for a claim that is still editable; every field replaces the current value. */
public record ClaimEdit(String text, String claimant, LocalDate claimedOn, String topics,
        ClaimantKind claimantKind) {

    /** An edit that leaves the claimant unstated as a person or an organisation. */
    public ClaimEdit(String text, String claimant, LocalDate claimedOn, String topics) {
        this(text, claimant, claimedOn, topics, null);
    }
}
