package io.factdesk.verification.claim;

import io.factdesk.core.claim.ClaimState;

/**
 * Filters for the claim list; null means "any".
 *
 * @param state only claims in this state
 * @param assignee only claims assigned to this username
 * @param text words that must appear in the claim text or claimant (case-insensitive substring)
 */
public record ClaimFilter(ClaimState state, String assignee, String text) {

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null);
    }
}
