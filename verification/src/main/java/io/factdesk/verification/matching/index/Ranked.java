package io.factdesk.verification.matching.index;

/**
 * A claim found by the matching index.
 *
 * @param claimId        the claim
 * @param score          the fused score in [0, 1] (for a single-stage search, that stage's score)
 * @param semantic       cosine similarity of the two sentence embeddings in [-1, 1]; 0 when the claim has none yet
 * @param lexical        the BM25 score as a share of what a claim holding every word of the query scores, in [0, 1]
 * @param claimCosine    the cosine of the query with the claim text's embedding; NaN when either has none
 * @param headlineCosine the cosine with the verdict headline's embedding; NaN when the claim has no headline of its
 *                       own (or the query no vector)
 */
public record Ranked(long claimId, double score, double semantic, double lexical, double claimCosine,
        double headlineCosine) {

    /** A claim found by one stage, without the two cosines apart. */
    public Ranked(long claimId, double score, double semantic, double lexical) {
        this(claimId, score, semantic, lexical, Double.NaN, Double.NaN);
    }
}
