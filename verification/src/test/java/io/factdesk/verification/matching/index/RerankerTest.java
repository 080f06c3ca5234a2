package io.factdesk.verification.matching.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RerankerTest {

    private static final String QUERY = "Zelensky stole 400 million dollars of US aid";
    private static final Reranker.Candidate AID = new Reranker.Candidate(
            new Ranked(1, 0.6, 0.5, 0.7, 0.5, Double.NaN), "Zelenskyy embezzled 400 million dollars of U.S. aid");
    private static final Reranker.Candidate STARLINK = new Reranker.Candidate(
            new Ranked(2, 0.5, 0.45, 0.55, 0.3, 0.45),
            MatchText.of("Starlink terminals donated to Ukraine", "SpaceX donated 2020 terminals"));

    @Test
    void computesTheTwelveFeaturesOfAHandMadePool() {
        double[][] f = Reranker.features(QUERY, List.of(AID, STARLINK));

        // fused, lexical, claim cosine, headline cosine (the claim's when there is none), a number shared, numbers
        // disjoint, capitalised shared, bigrams shared ("400 million", "million dollars" of 7), log length, log
        // rank, gap to the best, any bigram
        assertThat(f[0]).containsExactly(new double[] {0.6, 0.7, 0.5, 0.5, 1, 0, 0, 2 / 8.0, Math.log(10), 0, 0, 1},
                within(1e-12));
        assertThat(f[1]).containsExactly(new double[] {0.5, 0.55, 0.3, 0.45, 0, 1, 0, 0, Math.log(10), Math.log(2),
            -0.1, 0}, within(1e-12));
    }

    @Test
    void capitalisedWordsAreSharedPerTheCandidatesCount() {
        Reranker.Candidate kyiv = new Reranker.Candidate(new Ranked(3, 0.4, 0.4, 0.4, 0.4, Double.NaN),
                "Kyiv asked NATO for jets");

        assertThat(Reranker.features("Did NATO send jets to Kyiv?", List.of(kyiv))[0][6]).isEqualTo(2 / 3.0);
    }

    @Test
    void theCommittedWeightsLoad() {
        double[] weights = Reranker.committed().weights();

        assertThat(weights).hasSize(Reranker.FEATURES.size());
        assertThat(java.util.Arrays.stream(weights).allMatch(Double::isFinite)).isTrue();
        // what the training found carries the gain: the claim text's cosine up, the hybrid's rank down
        assertThat(weights[Reranker.FEATURES.indexOf("claim_cosine")]).isPositive();
        assertThat(weights[Reranker.FEATURES.indexOf("log_rank")]).isNegative();
    }

    @Test
    void ordersByTheWeightedFeaturesAndKeepsTheHybridOrderOnTies() {
        Reranker byClaimCosine = only("claim_cosine", 1);
        Reranker byRank = only("log_rank", -1);
        Reranker indifferent = only("log_length", 1); // both texts hold nine words

        assertThat(ids(byClaimCosine.rerank(QUERY, List.of(STARLINK, AID)))).containsExactly(1L, 2L);
        assertThat(ids(byRank.rerank(QUERY, List.of(STARLINK, AID)))).containsExactly(2L, 1L);
        assertThat(ids(indifferent.rerank(QUERY, List.of(STARLINK, AID)))).containsExactly(2L, 1L);
        assertThat(ids(indifferent.rerank(QUERY, List.of(AID, STARLINK)))).containsExactly(1L, 2L);
    }

    @Test
    void onlyThePoolIsReorderedAndTheRestFollowsInTheHybridsOrder() {
        List<Reranker.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < Reranker.POOL + 3; i++) {
            // the later, the closer the claim text: the model reverses the pool
            candidates.add(new Reranker.Candidate(new Ranked(i, 0.5, 0.5, 0.5, i / 100.0, Double.NaN), "claim " + i));
        }

        List<Long> ordered = ids(only("claim_cosine", 1).rerank("a query", candidates));

        assertThat(ordered).hasSize(Reranker.POOL + 3);
        assertThat(ordered.get(0)).isEqualTo(Reranker.POOL - 1L);
        assertThat(ordered.get(Reranker.POOL - 1)).isZero();
        assertThat(ordered.subList(Reranker.POOL, ordered.size())).containsExactly(30L, 31L, 32L);
    }

    @Test
    void theWeightsFileReadsBackAsTheSameModel() throws IOException {
        Reranker model = Reranker.committed();
        Properties read = new Properties();
        read.load(new StringReader(model.format("a comment")));

        Reranker again = Reranker.of(read);

        double[][] features = Reranker.features(QUERY, List.of(AID, STARLINK));
        assertThat(again.score(features[0])).isEqualTo(model.score(features[0]));
        assertThat(again.format("a comment")).isEqualTo(model.format("a comment"));
    }

    @Test
    void refusesAWeightsFileThatLacksAFeature() {
        Properties partial = new Properties();
        partial.setProperty("fused.mean", "0.5");

        assertThatThrownBy(() -> Reranker.of(partial)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fused.sd");
    }

    @Test
    void aLongTextIsReadOnlyUpToItsLimit() {
        String longText = "word ".repeat(RerankFeatures.MAX_CHARS);

        assertThat(new RerankFeatures(longText).count).isEqualTo(RerankFeatures.MAX_CHARS / 5);
    }

    private static Reranker only(String feature, double weight) {
        int n = Reranker.FEATURES.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        double[] weights = new double[n];
        java.util.Arrays.fill(sd, 1);
        weights[Reranker.FEATURES.indexOf(feature)] = weight;
        return new Reranker(mean, sd, weights);
    }

    private static List<Long> ids(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::claimId).toList();
    }
}
