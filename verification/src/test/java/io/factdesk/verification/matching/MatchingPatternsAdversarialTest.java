package io.factdesk.verification.matching;

import io.factdesk.verification.AdversarialPatternsTest;
import io.factdesk.verification.AdversarialText;
import io.factdesk.verification.matching.index.MatchText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The text preparation of claim matching gets through each adversarial input within a second. */
class MatchingPatternsAdversarialTest extends AdversarialPatternsTest {

    static Stream<Arguments> routines() {
        Map<String, Consumer<String>> routines = new LinkedHashMap<>();
        routines.put("MatchText.clean", MatchText::clean);
        return AdversarialText.cross(routines);
    }
}
