package io.factdesk.verification.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {

    @Test
    void combinesAboutHalfOfTheRarestTerms() {
        assertThat(CandidateFinder.someOf(List.of("(a)", "(b)", "(c)", "(d)")))
                .isEqualTo("((a) & (b)) | ((a) & (c)) | ((a) & (d)) | ((b) & (c)) | ((b) & (d)) | ((c) & (d))");
        assertThat(CandidateFinder.someOf(List.of("(a)", "(b)", "(c)")))
                .isEqualTo("((a) & (b)) | ((a) & (c)) | ((b) & (c))");
        assertThat(CandidateFinder.someOf(List.of("(a)", "(b)"))).isEqualTo("((a) & (b))");
        assertThat(CandidateFinder.someOf(List.of("(a)"))).isEqualTo("((a))");
    }

    @Test
    void queryGroupsHoldOnlyWordCharacters() {
        ClaimTerms claim = new TermExtractor().extract("Zelensky's aid: \"stolen\" & (hidden) | 100%!");

        assertThat(claim.groups()).allSatisfy(group ->
                assertThat(group).allSatisfy(word -> assertThat(word).matches("[\\p{L}\\p{N}]+")));
    }
}
