package io.factdesk.verification.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimSimilarityTest {

    private final TermExtractor terms = new TermExtractor();

    private double similarity(String a, String b) {
        return ClaimSimilarity.of(terms.extract(a), terms.extract(b), 0);
    }

    @Test
    void inflectedFormsShareTheirDictionaryForm() {
        assertThat(terms.extract("Zelensky stole billions of dollars").terms())
                .containsExactly("zelensky", "steal", "billion", "dollar");
        assertThat(terms.extract("the highest level").terms()).containsExactly("high", "level");
    }

    @Test
    void placesAreUnifiedWhateverTheyAreCalled() {
        assertThat(terms.extract("Washington and the United States").terms()).containsExactly("america", "america");
        assertThat(terms.extract("The Kremlin said Russian troops left").terms()).contains("russia");
    }

    @Test
    void synonymsAndBroaderTermsCountAsMatches() {
        double synonym = similarity("Washington will purchase Ukrainian drones", "America will buy Ukrainian drones");
        double broader = similarity("Zelensky embezzled aid", "Zelensky stole aid");
        double unrelated = similarity("Zelensky embezzled aid", "Zelensky visited Paris");

        assertThat(synonym).isGreaterThan(0.7);
        assertThat(broader).isGreaterThan(0.6);
        assertThat(unrelated).isLessThan(0.3);
    }

    @Test
    void differentNumbersOrANegationMakeADifferentClaim() {
        double same = similarity("Inflation reached 10 percent in 2022", "Inflation reached 10 percent in 2022");
        double otherYear = similarity("Inflation reached 10 percent in 2022", "Inflation reached 12 percent in 2023");
        double negated = similarity("Aid was embezzled", "Aid was not embezzled");

        assertThat(same).isEqualTo(0.75);
        assertThat(otherYear).isLessThan(same * ClaimSimilarity.NUMBER_MISMATCH + 0.001);
        assertThat(negated).isLessThan(0.75 * ClaimSimilarity.NEGATION_MISMATCH + 0.001);
        assertThat(terms.extract("Aid wasn't embezzled").negated()).isTrue();
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        assertThat(ClaimSimilarity.of(terms.extract("a b c"), terms.extract("d e f"), 1)).isBetween(0.0, 1.0);
        assertThat(ClaimSimilarity.of(terms.extract("Drones"), terms.extract("Drones"), 1)).isEqualTo(1.0);
    }
}
