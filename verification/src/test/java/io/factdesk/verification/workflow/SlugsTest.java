package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugIsTheClaimsWordsAndItsId() {
        assertThat(Slugs.of("Zelensky embezzled US aid", 42)).isEqualTo("zelensky-embezzled-us-aid-42");
    }

    @Test
    void accentsAndPunctuationAreDropped() {
        assertThat(Slugs.of("  Émile's café: “50% more” in 2024!  ", 7)).isEqualTo("emiles-cafe-50-more-in-2024-7");
    }

    @Test
    void longClaimsAreCutAtAWord() {
        String slug = Slugs.of("word ".repeat(40), 9);

        assertThat(slug).endsWith("-9").doesNotContain("--");
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_WORDS_LENGTH + 2);
    }

    @Test
    void ukrainianClaimsAreWrittenInLatinLetters() {
        assertThat(Slugs.of("Свириденко заявила, що угоду ухвалили президенти", 3))
                .isEqualTo("svyrydenko-zaiavyla-shcho-uhodu-ukhvalyly-prezydenty-3");
    }

    @Test
    void claimsWithoutLettersStillGetASlug() {
        assertThat(Slugs.of("«…» 🙂", 3)).isEqualTo("claim-3");
    }
}
