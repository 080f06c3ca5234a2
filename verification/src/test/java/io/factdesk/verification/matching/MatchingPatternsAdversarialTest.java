package io.factdesk.verification.matching;

import io.factdesk.verification.AdversarialPatternsTest;
import io.factdesk.verification.AdversarialText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The place-name patterns get through each adversarial input within a second. The term extractor's word pattern
 * is not run here: past it every word costs a WordNet look-up, which is what would be measured.
 */
class MatchingPatternsAdversarialTest extends AdversarialPatternsTest {

    static Stream<Arguments> routines() {
        Map<String, Consumer<String>> routines = new LinkedHashMap<>();
        routines.put("PlaceAliases.prepare", PlaceAliases::prepare);
        return AdversarialText.cross(routines);
    }
}
