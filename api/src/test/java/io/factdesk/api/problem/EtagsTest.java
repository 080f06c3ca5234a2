package io.factdesk.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EtagsTest {

    @Test
    void readsStrongAndWeakTagsAndTreatsForeignOnesAsNeverMatching() {
        assertThat(Etags.expected("\"7\"")).isEqualTo(7L);
        assertThat(Etags.expected("W/\"7\"")).isEqualTo(7L);
        assertThat(Etags.expected(null)).isNull();
        assertThat(Etags.expected("*")).isNull();
        assertThat(Etags.expected("\"abc\"")).isEqualTo(-1L);
        assertThat(Etags.of(3).getValue()).isEqualTo("3");
    }

    @Test
    void problemTypesAreStableUris() {
        assertThat(ProblemType.STALE_VERSION.uri()).isEqualTo("https://factdesk.io/problems/stale-version");
        assertThat(ProblemType.TRANSITION_REFUSED.uri("four-eyes"))
                .isEqualTo("https://factdesk.io/problems/transition-refused/four-eyes");
        assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.VALIDATION);
    }
}
