package io.factdesk.verification.matching;

/**
 * An earlier claim or published verdict that may say the same thing.
 *
 * @param claimId          the earlier claim
 * @param organisationId   the organisation that owns it
 * @param text             its text
 * @param claimant         who made it, if known
 * @param state            its workflow state (SUBMITTED … RATED)
 * @param verdictId        its published verdict, or null for an unpublished claim of the own organisation
 * @param verdictSlug      the verdict's public slug, or null
 * @param score            similarity in [0, 1]
 * @param level            SUGGESTED or LIKELY_DUPLICATE
 */
public record MatchSuggestion(long claimId, long organisationId, String text, String claimant, String state,
        Long verdictId, String verdictSlug, double score, MatchLevel level) {

    /** True when the match is a published verdict (of any organisation). */
    public boolean published() {
        return verdictId != null;
    }
}
