package io.factdesk.verification;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Inputs that make backtracking regular expressions blow up (repeated openings that never close, long runs that
 * a pattern can split many ways), 100,000 characters each, and the check that a text routine gets through each of
 * them well within a second. These are safety nets for linear-time matching, not benchmarks.
 */
public final class AdversarialText {

    public static final int LENGTH = 100_000;
    public static final Duration LIMIT = Duration.ofSeconds(1);

    private AdversarialText() {
    }

    /** Each adversarial input, named for the test report. */
    public static List<Named<String>> inputs() {
        List<Named<String>> inputs = new ArrayList<>();
        inputs.add(Named.of("\"a repeated", repeat("\"a ")));
        inputs.add(Named.of("curly quotes never closed", repeat("“a ‘b ")));
        inputs.add(Named.of("spaces", repeat(" ")));
        inputs.add(Named.of("spaces and odd spaces", repeat(" \t\u00A0\u2009")));
        inputs.add(Named.of("letters", repeat("a")));
        inputs.add(Named.of("capital letters", repeat("A")));
        inputs.add(Named.of("a. repeated", repeat("a.")));
        inputs.add(Named.of("U.S. repeated", repeat("U.S. ")));
        inputs.add(Named.of("dots", repeat(".")));
        inputs.add(Named.of("hyphens", repeat("-")));
        inputs.add(Named.of("line breaks", repeat("\n")));
        inputs.add(Named.of("digits", repeat("1")));
        inputs.add(Named.of("nested brackets", repeat("([{")));
        inputs.add(Named.of("capitalised words", repeat("Aaa ")));
        inputs.add(Named.of("titles before names", repeat("President Aaa ")));
        inputs.add(Named.of("names then speech, no boundary", "a" + repeat("Bbb Ccc said")));
        inputs.add(Named.of("almost a source phrase", repeat("some officials with ")));
        inputs.add(Named.of("almost a date", repeat("January 1, 20")));
        inputs.add(Named.of("possessives", repeat("a's ")));
        inputs.add(Named.of("almost an e-mail address", "a@" + repeat("a.") + "@"));
        inputs.add(Named.of("almost a web address", "https://" + repeat(" a")));
        inputs.add(Named.of("commas", repeat(",")));
        return inputs;
    }

    /** Every routine crossed with every input. */
    public static Stream<Arguments> cross(Map<String, Consumer<String>> routines) {
        return routines.entrySet().stream().flatMap(routine -> inputs().stream()
                .map(input -> Arguments.of(Named.of(routine.getKey(), routine.getValue()), input)));
    }

    /**
     * Fails when {@code routine} takes a second or more on {@code input}. It runs once untimed on a tenth of the
     * input first, so the JIT compiler's warm-up on a busy machine is not mistaken for backtracking: growth that
     * is worse than linear shows at full length all the same (the old quotation pattern needed 6 s for 1,200
     * characters).
     */
    public static void finishesQuickly(Consumer<String> routine, String input) {
        routine.accept(input.substring(0, input.length() / 10));
        assertTimeoutPreemptively(LIMIT, () -> routine.accept(input));
    }

    private static String repeat(String unit) {
        StringBuilder text = new StringBuilder(LENGTH + unit.length());
        while (text.length() < LENGTH) {
            text.append(unit);
        }
        return text.substring(0, LENGTH);
    }
}
