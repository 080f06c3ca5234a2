package io.factdesk.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.web.support.Durations;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations in words take their plural forms from the message bundle, by the language's CLDR plural rules. */
@QuarkusTest
class DurationWordsTest {

    @Test
    void oneOfAUnitIsSingularAndEverythingElsePlural() {
        assertThat(Durations.words(Duration.ofSeconds(20))).isEqualTo("1 minute");
        assertThat(Durations.words(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(Durations.words(Duration.ofMinutes(2))).isEqualTo("2 minutes");
        assertThat(Durations.words(Duration.ofMinutes(59))).isEqualTo("59 minutes");
        assertThat(Durations.words(Duration.ofMinutes(61))).isEqualTo("1 hour");
        assertThat(Durations.words(Duration.ofHours(47))).isEqualTo("47 hours");
        assertThat(Durations.words(Duration.ofHours(48))).isEqualTo("2 days");
        assertThat(Durations.words(Duration.ofDays(1001))).isEqualTo("1001 days");
    }

    @Test
    void ukrainianHasOneFewAndManyForms() {
        assertThat(Durations.words(Duration.ofMinutes(1), "uk")).isEqualTo("1 хвилина");
        assertThat(Durations.words(Duration.ofMinutes(3), "uk")).isEqualTo("3 хвилини");
        assertThat(Durations.words(Duration.ofMinutes(5), "uk")).isEqualTo("5 хвилин");
        assertThat(Durations.words(Duration.ofMinutes(11), "uk")).isEqualTo("11 хвилин");
        assertThat(Durations.words(Duration.ofMinutes(21), "uk")).isEqualTo("21 хвилина");
        assertThat(Durations.words(Duration.ofMinutes(22), "uk")).isEqualTo("22 хвилини");
        assertThat(Durations.words(Duration.ofHours(1), "uk")).isEqualTo("1 година");
        assertThat(Durations.words(Duration.ofHours(47), "uk")).isEqualTo("47 годин");
        assertThat(Durations.words(Duration.ofHours(48), "uk")).isEqualTo("2 дні");
        assertThat(Durations.words(Duration.ofDays(1001), "uk")).isEqualTo("1001 день");
    }
}
