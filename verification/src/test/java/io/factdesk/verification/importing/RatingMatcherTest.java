package io.factdesk.verification.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.rating.DefaultRatingScale;
import io.factdesk.core.rating.Rating;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingMatcherTest {

    private final RatingMatcher matcher = new RatingMatcher(DefaultRatingScale.ENTRIES.stream().map(entry -> {
        Rating rating = new Rating();
        rating.code = entry.code();
        rating.label = entry.label();
        rating.numericValue = entry.value();
        rating.translations = entry.code().equals("false") ? Map.of("de", "Falsch") : Map.of();
        return rating;
    }).toList());

    @Test
    void matchesByLabelCodeOrTranslationIgnoringCaseAndPunctuation() {
        assertThat(matcher.match("MOSTLY FALSE", null, null, null)).get().extracting(r -> r.code).isEqualTo("mostly-false");
        assertThat(matcher.match("pants-on-fire!", null, null, null)).get().extracting(r -> r.code).isEqualTo("pants-on-fire");
        assertThat(matcher.match("falsch", null, null, null)).get().extracting(r -> r.code).isEqualTo("false");
    }

    @Test
    void rescalesNumericRatingsToTheNearestEntry() {
        assertThat(matcher.match("Nonsense", 1.0, 5.0, 1.0)).get().extracting(r -> r.code).isEqualTo("pants-on-fire");
        assertThat(matcher.match(null, 2.0, 5.0, 1.0)).get().extracting(r -> r.code).isEqualTo("false");
        assertThat(matcher.match(null, 10.0, 10.0, 0.0)).get().extracting(r -> r.code).isEqualTo("true");
        assertThat(matcher.match(null, 0.0, 10.0, 0.0)).get().extracting(r -> r.code).isEqualTo("pants-on-fire");
    }

    @Test
    void unknownNamesWithoutNumbersMatchNothing() {
        assertThat(matcher.match("Purple", null, null, null)).isEmpty();
        assertThat(matcher.match(null, 3.0, 3.0, 3.0)).isEmpty();
        assertThat(new RatingMatcher(List.of()).match(null, 1.0, 5.0, 1.0)).isEmpty();
    }

    @Test
    void aNameLongerThanAnyLabelIsNotComparedAtAll() {
        String padded = "false" + "!".repeat(RatingMatcher.MAX_NAME);
        assertThat(matcher.match(padded, null, null, null)).isEmpty();
        assertThat(matcher.match("false" + "!".repeat(RatingMatcher.MAX_NAME - 5), null, null, null)).isPresent();
    }
}
