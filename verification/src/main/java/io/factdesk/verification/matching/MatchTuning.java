package io.factdesk.verification.matching;

import io.factdesk.verification.matching.index.HybridRetriever;
import io.factdesk.verification.matching.index.MatchIndex;

/**
 * The matcher's settings, tuned on the train split of the public claim-retrieval set and checked on its dev split
 * (docs/verification-aids.md). The evaluation and the production matcher both take them from here.
 */
public final class MatchTuning {

    /** Share of the embedding cosine in the fused score; the rest is the lexical (BM25) score. */
    public static final double SEMANTIC_WEIGHT = 0.25;
    /**
     * Share of the headline's cosine in the semantic part for a published verdict with a headline of its own (the
     * rest is its claim text's). All of it: on train, 1.0 gave MAP@5 0.914, the better of both cosines 0.899, a
     * third 0.896, none 0.891. The claim text still counts through its words, and its vector still proposes
     * candidates.
     */
    public static final double HEADLINE_SHARE = 1.0;
    /**
     * How the HNSW graphs hold the vectors: int8 reads a quarter of the bytes per graph search; on the public dev
     * set it found the same fact-checks as float32 (docs/verification-aids.md).
     */
    public static final MatchIndex.VectorEncoding VECTOR_ENCODING = MatchIndex.VectorEncoding.INT8;
    /** How many claims each stage contributes to the hybrid's candidates before fusion. */
    public static final int DEPTH = 50;
    /**
     * A query word in more than this share of the claims proposes no candidates of its own in the hybrid (it still
     * counts in every candidate's score). On train the hybrid's MAP@5 was 0.914 with every word and with 0.02,
     * 0.01 and 0.005 alike; 0.02 keeps the most words. At a million claims it cut the lexical stage's CPU by more
     * than half (docs/benchmarks.md).
     */
    public static final double CANDIDATE_SHARE = 0.02;

    /** Default fused score from which a match is shown as suggested (chosen on dev; see the docs). */
    public static final String SUGGESTED = "0.3";
    /** Default fused score from which a match is flagged as a likely duplicate (chosen on dev; see the docs). */
    public static final String LIKELY_DUPLICATE = "0.7";

    private MatchTuning() {
    }

    public static HybridRetriever retriever(MatchIndex index) {
        return new HybridRetriever(index, SEMANTIC_WEIGHT, HEADLINE_SHARE, DEPTH, CANDIDATE_SHARE);
    }
}
