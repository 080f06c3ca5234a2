package io.factdesk.verification.checkworthiness;

import io.factdesk.verification.AdversarialPatternsTest;
import io.factdesk.verification.AdversarialText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The check-worthiness patterns get through each adversarial input within a second. The quotation pattern was
 * the worst of the product's backtracking patterns (about 6 s for 1,200 characters of {@code "a }).
 */
class CheckWorthinessPatternsAdversarialTest extends AdversarialPatternsTest {

    static Stream<Arguments> routines() {
        Map<String, Consumer<String>> routines = new LinkedHashMap<>();
        routines.put("FeatureExtractor.hasQuotation", FeatureExtractor::hasQuotation);
        routines.put("FeatureExtractor.isYear", FeatureExtractor::isYear);
        routines.put("FeatureExtractor.isOrdinal", FeatureExtractor::isOrdinal);
        routines.put("FeatureExtractor.withoutPossessive", FeatureExtractor::withoutPossessive);
        return AdversarialText.cross(routines);
    }
}
