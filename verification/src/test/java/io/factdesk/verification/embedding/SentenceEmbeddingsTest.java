package io.factdesk.verification.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbeddingsTest {

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        List<float[]> v = SentenceEmbeddings.embedAll(List.of(
                "Zelensky stole US aid money",
                "Zelenskyy embezzled 400 million dollars of U.S. aid meant for diesel fuel",
                "The central bank kept interest rates unchanged on Thursday"));

        assertThat(v).allSatisfy(e -> assertThat(e).hasSize(SentenceEmbeddings.DIMENSIONS));
        assertThat(SentenceEmbeddings.cosine(v.get(0), v.get(1)))
                .isGreaterThan(SentenceEmbeddings.cosine(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void vectorsAreNormalisedAndMatchSingleCalls() {
        float[] one = SentenceEmbeddings.embed("Starlink service is now active in Ukraine");
        float[] batch = SentenceEmbeddings.embedAll(List.of("Starlink service is now active in Ukraine")).get(0);

        assertThat(SentenceEmbeddings.cosine(one, one)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(SentenceEmbeddings.cosine(one, batch)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
}
