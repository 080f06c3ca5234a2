package io.factdesk.verification.claimview;

import io.factdesk.verification.matching.MatchSuggestion;

/**
 * An earlier claim or published verdict that may say the same as a claim.
 *
 * @param confirmed true when a reviewer already confirmed it as the same claim
 */
public record EarlierMatch(MatchSuggestion match, boolean confirmed) {
}
