package io.factdesk.verification.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MatchIndexTest {

    private static final int CLAIMS = 300;

    @Test
    void mergingToOneSegmentKeepsEveryClaimFindable() {
        try (MatchIndex index = new MatchIndex(new ByteBuffersDirectory())) {
            Random random = new Random(1);
            for (int i = 0; i < CLAIMS; i++) {
                index.put(new MatchDocument(i, 1, false, true, "claim number " + i, unit(random)));
                if (i % 100 == 99) {
                    index.refresh(); // each refresh writes a segment
                }
            }
            assertThat(index.segments()).isGreaterThan(1);
            HybridRetriever retriever = new HybridRetriever(index, 0.25, 1.0, 50);
            float[] query = unit(new Random(2));
            List<Ranked> before = retriever.semantic(query, MatchIndex.scopeOf(1), 10);

            index.mergeToOneSegment();

            assertThat(index.segments()).isEqualTo(1);
            assertThat(index.size()).isEqualTo(CLAIMS);
            assertThat(retriever.semantic(query, MatchIndex.scopeOf(1), 10)).extracting(Ranked::claimId)
                    .containsExactlyElementsOf(before.stream().map(Ranked::claimId).toList());
        }
    }

    @Test
    void commonWordsProposeNoCandidatesButCountInEveryScore() {
        float[] near = unit(new Random(6));
        try (MatchIndex index = new MatchIndex(new ByteBuffersDirectory())) {
            for (int i = 1; i < 100; i++) {
                index.put(new MatchDocument(i, 1, false, true, "the budget grew in year " + i, null));
            }
            index.put(new MatchDocument(100, 1, false, true, "the bridge blew its budget", null));
            index.put(new MatchDocument(101, 1, false, true, "a budget overrun", near));
            index.refresh();
            HybridRetriever everyWord = new HybridRetriever(index, 0.25, 1.0, 50);
            HybridRetriever lessCommon = new HybridRetriever(index, 0.25, 1.0, 50, 0.02);

            List<Ranked> found = lessCommon.hybrid("bridge budget", near, MatchIndex.scopeOf(1), 200);

            // "budget" is in every claim: only "bridge" and the graph propose candidates.
            assertThat(found).extracting(Ranked::claimId).containsExactly(100L, 101L);
            List<Ranked> exact = everyWord.hybrid("bridge budget", near, MatchIndex.scopeOf(1), 200);
            assertThat(exact).hasSizeGreaterThan(2);
            assertThat(found).allSatisfy(r -> assertThat(exact).contains(r)); // the same scores, all words counted
            assertThat(found.get(1).lexical()).isPositive();
            // Without a vector nothing else proposes candidates, so every word does.
            assertThat(lessCommon.hybrid("bridge budget", null, MatchIndex.scopeOf(1), 200))
                    .hasSameSizeAs(everyWord.hybrid("bridge budget", null, MatchIndex.scopeOf(1), 200));
        }
    }

    @Test
    void int8GraphsReportTheExactCosineOfTheFloatVectors() {
        Random random = new Random(3);
        List<float[]> vectors = java.util.stream.Stream.generate(() -> unit(random)).limit(CLAIMS).toList();
        float[] query = unit(new Random(4));
        try (MatchIndex int8 = new MatchIndex(new ByteBuffersDirectory(), 16, MatchIndex.VectorEncoding.INT8)) {
            for (int i = 0; i < CLAIMS; i++) {
                int8.put(new MatchDocument(i, 1, true, true, "claim " + i, vectors.get(i)));
            }
            int8.refresh();

            List<Ranked> found = new HybridRetriever(int8, 1.0, 0, 50).semantic(query, null, 5);

            assertThat(found).hasSize(5).allSatisfy(r -> assertThat(r.semantic())
                    .isCloseTo(dot(query, vectors.get((int) r.claimId())), Offset.offset(1e-6)));
        }
    }

    @Test
    void theGraphsOfAScopeHoldTheOwnOpenClaimsAndEveryPublishedVerdictOnly() {
        float[] same = unit(new Random(5));
        try (MatchIndex index = new MatchIndex(new ByteBuffersDirectory(), 16, MatchIndex.VectorEncoding.INT8)) {
            index.put(new MatchDocument(1, 1, false, true, "own draft", same));
            index.put(new MatchDocument(2, 1, false, false, "own dismissed", same));
            index.put(new MatchDocument(3, 2, false, true, "another organisation's draft", same));
            index.put(new MatchDocument(4, 2, true, true, "another organisation's published verdict", same));
            index.put(new MatchDocument(5, 1, true, false, "own dismissed but published", same));
            index.refresh();
            HybridRetriever retriever = new HybridRetriever(index, 1.0, 0, 50);

            assertThat(retriever.semantic(same, MatchIndex.scopeOf(1), 10)).extracting(Ranked::claimId)
                    .containsExactlyInAnyOrder(1L, 4L, 5L);
            assertThat(retriever.semantic(same, MatchIndex.scopeOf(2), 10)).extracting(Ranked::claimId)
                    .containsExactlyInAnyOrder(3L, 4L, 5L);
            assertThat(retriever.semantic(same, null, 10)).hasSize(5);
            assertThat(retriever.claimVector(2)).containsExactly(same);

            index.put(new MatchDocument(3, 2, true, true, "now published", same)); // moves to the published graph
            index.refresh();
            assertThat(retriever.semantic(same, MatchIndex.scopeOf(1), 10)).extracting(Ranked::claimId)
                    .containsExactlyInAnyOrder(1L, 3L, 4L, 5L);
        }
    }

    private static float[] unit(Random random) {
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
