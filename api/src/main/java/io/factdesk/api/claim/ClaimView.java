package io.factdesk.api.claim;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.claim.ClaimantKind;
import java.time.Instant;
import java.time.LocalDate;

/** A claim as staff see it; {@code version} is also its ETag. */
public record ClaimView(long id, String text, String claimant, LocalDate claimedOn, String language, String topics,
        Double checkWorthiness, ClaimState state, String assignee, String dismissReason, int tipCount,
        String createdBy, Instant createdAt, Instant updatedAt, long version, ClaimantKind claimantKind) {

    public static ClaimView of(Claim claim) {
        return new ClaimView(claim.id, claim.text, claim.claimant, claim.claimedOn, claim.language, claim.topics,
                claim.checkWorthiness, claim.state(), claim.assignee(), claim.dismissReason(), claim.tipCount,
                claim.createdBy, claim.createdAt, claim.updatedAt, claim.version(), claim.claimantKind);
    }
}
