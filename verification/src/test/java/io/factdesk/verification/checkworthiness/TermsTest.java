package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void wordsAreLowerCaseWithNumbersFoldedAndApostrophesKept() {
        assertThat(Terms.words("We don’t pay $1,200 — it's 3rd-rate, Mr. Smith!"))
                .containsExactly("we", "don't", "pay", "<num>", "<num>", "it's", "<num>", "rate", "mr", "smith");
    }

    @Test
    void termsAreDistinctUnigramsThenBigramsWithTheSentenceBoundaries() {
        assertThat(Terms.of("Taxes rose, taxes rose.")).containsExactly("taxes", "rose", "<s> taxes",
                "taxes rose", "rose taxes", "rose </s>");
        assertThat(Terms.of("  ...  ")).containsExactly("<s> </s>");
    }

    @Test
    void veryLongTextIsCut() {
        assertThat(Terms.words("word ".repeat(10_000))).hasSize(Terms.MAX_WORDS);
    }

    @Test
    void displayDropsTheBoundaryMarkers() {
        assertThat(Terms.display("<s> we")).isEqualTo("we");
        assertThat(Terms.display("<num> percent")).isEqualTo("# percent");
        assertThat(Terms.display("percent </s>")).isEqualTo("percent");
    }
}
