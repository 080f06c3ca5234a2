package io.factdesk.api.matching;

import io.factdesk.verification.matching.MatchLevel;
import io.factdesk.verification.matching.MatchSuggestion;

/**
 * An earlier claim or published verdict that may say the same thing.
 *
 * @param claimId        the earlier claim
 * @param own            true when it is the caller's organisation's own claim
 * @param verdictId      its published verdict, or null for an unpublished claim of the caller's organisation
 * @param verdictSlug    the verdict's public slug (its page is /verdicts/{slug}), or null
 * @param score          similarity in [0, 1]
 * @param level          POSSIBLE, SUGGESTED, or LIKELY_DUPLICATE (question creating a new claim)
 * @param decision       CONFIRMED when a reviewer linked the claim to it; null while undecided (always null
 *                       for free-text matches; rejected pairs are never listed for a claim)
 */
public record MatchView(long claimId, boolean own, String text, String claimant, String state, Long verdictId,
        String verdictSlug, double score, MatchLevel level, String decision) {

    public static MatchView of(MatchSuggestion match, long organisationId, String decision) {
        return new MatchView(match.claimId(), match.organisationId() == organisationId, match.text(),
                match.claimant(), match.state(), match.verdictId(), match.verdictSlug(), match.score(),
                match.level(), decision);
    }
}
