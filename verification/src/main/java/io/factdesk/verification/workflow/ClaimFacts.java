package io.factdesk.verification.workflow;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;

/** What the rules need to know about a claim. */
public record ClaimFacts(long organisationId, ClaimState state, String assignee) {

    public static ClaimFacts of(Claim claim) {
        return new ClaimFacts(claim.organisation.id, claim.state(), claim.assignee());
    }
}
