package io.factdesk.verification;

import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Base of the per-package adversarial tests: each subclass declares {@code static Stream<Arguments> routines()}
 * (usually {@link AdversarialText#cross}) listing the routines that run its package's patterns.
 */
public abstract class AdversarialPatternsTest {

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("routines")
    void finishesWellWithinASecond(Consumer<String> routine, String input) {
        AdversarialText.finishesQuickly(routine, input);
    }
}
