package io.factdesk.verification.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.matching.index.HybridRetriever;
import io.factdesk.verification.matching.index.MatchDocument;
import io.factdesk.verification.matching.index.MatchIndex;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class QueryVectorsTest {

    @Test
    void aTextWrittenMostlyInCyrillicIsMatchedByItsWordsAlone() {
        assertThat(QueryVectors.of("Зеленський купив віллу в Італії за 2024 рік (Reuters).")).isNull();
        assertThat(QueryVectors.of("Zelensky bought a villa in Italy, says «Українська правда».")).isNotEmpty();
    }

    @Test
    void aStoredClaimIsMatchedWithTheVectorTheIndexHoldsForIt() {
        // A vector no model would make for this text: returned as it is, the claim was not embedded again.
        float[] planted = new float[384];
        planted[7] = 1;
        String text = "The mayor closed every library in town";
        try (MatchIndex index = new MatchIndex(new ByteBuffersDirectory())) {
            index.put(new MatchDocument(42, 1, false, true, text, planted));
            index.refresh();
            HybridRetriever retriever = MatchTuning.retriever(index);

            assertThat(QueryVectors.ofStoredClaim(retriever, 42, "  " + text + "\n", text)).containsExactly(planted);
            assertThat(retriever.claimVector(43)).isNull();
        }
    }
}
