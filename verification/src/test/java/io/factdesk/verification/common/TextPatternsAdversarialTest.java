package io.factdesk.verification.common;

import io.factdesk.core.evidence.Evidence;
import io.factdesk.verification.AdversarialPatternsTest;
import io.factdesk.verification.AdversarialText;
import io.factdesk.verification.workflow.Slugs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The small text helpers the services run on input get through each adversarial input within a second. */
class TextPatternsAdversarialTest extends AdversarialPatternsTest {

    static Stream<Arguments> routines() {
        Map<String, Consumer<String>> routines = new LinkedHashMap<>();
        routines.put("Texts.collapseWhitespace", Texts::collapseWhitespace);
        routines.put("Texts.commaSeparated", Texts::commaSeparated);
        routines.put("Texts.isLanguageTag", Texts::isLanguageTag);
        routines.put("Slugs.of", text -> Slugs.of(text, 1));
        routines.put("Evidence.publisherKey", Evidence::publisherKey);
        return AdversarialText.cross(routines);
    }
}
