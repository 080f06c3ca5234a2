package io.factdesk.verification.claimreview;

import io.factdesk.verification.AdversarialPatternsTest;
import io.factdesk.verification.AdversarialText;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The organisation-name pattern gets through each adversarial input within a second. */
class ClaimantsAdversarialTest extends AdversarialPatternsTest {

    static Stream<Arguments> routines() {
        return AdversarialText.cross(Map.of("Claimants.isOrganisation",
                (Consumer<String>) text -> Claimants.isOrganisation(text, null, List.of())));
    }
}
