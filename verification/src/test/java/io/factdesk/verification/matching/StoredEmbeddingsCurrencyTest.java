package io.factdesk.verification.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.index.MatchText;
import org.junit.jupiter.api.Test;

/** Which stored embeddings the index may use as they are, and which the backfill must redo. */
class StoredEmbeddingsCurrencyTest {

    private static final String TEXT = "Vaccines contain microchips";
    private static final String HASH = ClaimEmbeddings.hash(MatchText.of(TEXT, null));

    @Test
    void vectorsOfTheMatchingModelForTheSameTextAreCurrent() {
        assertThat(ClaimEmbeddings.isCurrent(SentenceEmbeddings.MODEL, SentenceEmbeddings.VERSION, HASH, null,
                TEXT, null)).isTrue();
    }

    @Test
    void vectorsOfAnotherModelOrVersionAreNotCurrent() {
        // Another model's vectors live in another vector space: the index leaves them out, the backfill redoes them.
        assertThat(ClaimEmbeddings.isCurrent("bge-small-en-v1.5-q", "1.11.0-beta19", HASH, null, TEXT, null))
                .isFalse();
        assertThat(ClaimEmbeddings.isCurrent(SentenceEmbeddings.MODEL, "1.0.0", HASH, null, TEXT, null)).isFalse();
    }

    @Test
    void vectorsOfAnotherTextAreNotCurrent() {
        assertThat(ClaimEmbeddings.isCurrent(SentenceEmbeddings.MODEL, SentenceEmbeddings.VERSION, HASH, null,
                "Vaccines contain magnets", null)).isFalse();
    }
}
