package io.factdesk.verification.importing;

import com.google.re2j.Pattern;
import io.factdesk.core.rating.Rating;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the organisation's rating for an imported one: by name (label, code or a translated label, ignoring case
 * and punctuation); failing that, by the numeric value rescaled from the source's worst..best range onto the
 * organisation's numeric entries, choosing the nearest.
 */
final class RatingMatcher {

    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** No rating label is longer (labels hold at most 100 characters); longer names are not compared at all. */
    static final int MAX_NAME = 200;

    private final List<Rating> scale;

    RatingMatcher(List<Rating> scale) {
        this.scale = scale;
    }

    Optional<Rating> match(String name, Double value, Double best, Double worst) {
        if (name != null && name.length() <= MAX_NAME) {
            String wanted = key(name);
            Optional<Rating> byName = scale.stream().filter(r -> key(r.label).equals(wanted) || key(r.code).equals(wanted)
                    || r.translations.values().stream().anyMatch(t -> key(t).equals(wanted))).findFirst();
            if (byName.isPresent()) {
                return byName;
            }
        }
        if (value == null || best == null || worst == null || best.equals(worst)) {
            return Optional.empty();
        }
        List<Rating> numeric = scale.stream().filter(r -> r.numericValue != null).toList();
        if (numeric.isEmpty()) {
            return Optional.empty();
        }
        int ourBest = numeric.stream().mapToInt(r -> r.numericValue).max().getAsInt();
        int ourWorst = numeric.stream().mapToInt(r -> r.numericValue).min().getAsInt();
        double fraction = (value - worst) / (best - worst);
        double target = ourWorst + fraction * (ourBest - ourWorst);
        return numeric.stream().min(Comparator.comparingDouble(r -> Math.abs(r.numericValue - target)));
    }

    private static String key(String value) {
        return NOT_LETTERS_OR_DIGITS.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
