package io.factdesk.verification.workflow;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;

/**
 * What the rules need to know about a claim.
 *
 * @param correctionPending whether a correction of its verdict awaits approval
 */
public record ClaimFacts(long organisationId, ClaimState state, String assignee, boolean correctionPending) {

    public ClaimFacts(long organisationId, ClaimState state, String assignee) {
        this(organisationId, state, assignee, false);
    }

    public static ClaimFacts of(Claim claim, boolean correctionPending) {
        return new ClaimFacts(claim.organisation.id, claim.state(), claim.assignee(), correctionPending);
    }
}
