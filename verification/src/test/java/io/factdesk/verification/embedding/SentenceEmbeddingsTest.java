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

    @Test
    void vectorsAreLangChain4jsVectors() {
        List<String> texts = List.of("Starlink service is now active in Ukraine",
                "“We discussed air defense possibilities,” Zelenskyy said on X — and agreed to 25 Patriot systems.",
                "Ok.", "Hmm", "ünïcödé, emoji 🚀 and CJK 漢字 in one sentence",
                "A long sentence that keeps going " + "and going, with numbers 1, 2, 3 and names like Kyiv ".repeat(40));
        var reference = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();

        List<float[]> ours = SentenceEmbeddings.embedAll(texts);

        for (int i = 0; i < texts.size(); i++) {
            float[] expected = reference.embed(texts.get(i)).content().vector();
            double norm = 0;
            for (float x : expected) {
                norm += x * x;
            }
            double cosine = SentenceEmbeddings.cosine(ours.get(i), expected) / Math.sqrt(norm);
            assertThat(cosine).as(texts.get(i)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void emptyTextIsRefusedAsBefore() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SentenceEmbeddings.embedAll(List.of("fine", "  ")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
