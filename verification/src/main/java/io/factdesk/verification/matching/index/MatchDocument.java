package io.factdesk.verification.matching.index;

/**
 * What the matching index holds for one claim.
 *
 * @param claimId        the claim
 * @param organisationId the organisation that owns it
 * @param published      true when it has a published verdict that every organisation may match against
 * @param open           false once dismissed: the owner no longer matches against it
 * @param text           the text searched lexically (claim text, plus the verdict headline where there is one)
 * @param vector         the L2-normalised sentence embedding of its claim text, or null while it has none (found
 *                       lexically only)
 * @param headlineVector the L2-normalised embedding of its verdict headline, or null when it has no headline of its
 *                       own; indexed for published verdicts only
 */
public record MatchDocument(long claimId, long organisationId, boolean published, boolean open, String text,
        float[] vector, float[] headlineVector) {

    /** A claim without a headline. */
    public MatchDocument(long claimId, long organisationId, boolean published, boolean open, String text,
            float[] vector) {
        this(claimId, organisationId, published, open, text, vector, null);
    }
}
