package io.factdesk.verification.claimview;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.claim.ClaimantKind;
import java.time.Instant;
import java.time.LocalDate;

/** A claim's own fields as staff read them, as plain data; {@code version} is what a change must name. */
public record ClaimSummary(long id, String text, String claimant, LocalDate claimedOn, String language,
        String topics, Double checkWorthiness, ClaimState state, String assignee, String dismissReason, int tipCount,
        String createdBy, Instant createdAt, Instant updatedAt, long version, ClaimantKind claimantKind) {

    /** The one place a claim's row becomes plain data (the API's answers to writes use it too). */
    public static ClaimSummary of(Claim claim) {
        return new ClaimSummary(claim.id, claim.text, claim.claimant, claim.claimedOn, claim.language, claim.topics,
                claim.checkWorthiness, claim.state(), claim.assignee(), claim.dismissReason(), claim.tipCount,
                claim.createdBy, claim.createdAt, claim.updatedAt, claim.version(), claim.claimantKind);
    }
}
