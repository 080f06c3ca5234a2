package io.factdesk.verification.ingestion;

import io.factdesk.verification.AdversarialPatternsTest;
import io.factdesk.verification.AdversarialText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every ingestion pattern, reached through its class, gets through each adversarial input within a second. */
class IngestionPatternsAdversarialTest extends AdversarialPatternsTest {

    static Stream<Arguments> routines() {
        Map<String, Consumer<String>> routines = new LinkedHashMap<>();
        routines.put("TextNormaliser.normalise", TextNormaliser::normalise);
        routines.put("MetadataHeader.parse", MetadataHeader::parse);
        routines.put("MetadataHeader.parse (after a header start)", text -> MetadataHeader.parse("date 2025-07-04 "
                + text));
        routines.put("LineKinds.isBullet", LineKinds::isBullet);
        routines.put("LineKinds.isBullet (after a marker)", text -> LineKinds.isBullet("- " + text));
        routines.put("LineKinds.isPostSignature", text -> LineKinds.isPostSignature("— " + text));
        routines.put("LineKinds.bulletMarkerLength", text -> LineKinds.bulletMarkerLength("1. " + text));
        routines.put("LineKinds.isHeading", text -> LineKinds.isHeading("A " + text, null, true));
        routines.put("Abbreviations.continuesInto", text -> Abbreviations.continuesInto(text, text));
        routines.put("Abbreviations.continuesInto (after U.S.)", text -> Abbreviations.continuesInto("U.S.", text));
        routines.put("Abbreviations.isAbbreviation", Abbreviations::isAbbreviation);
        routines.put("SentenceSplitter.quoteBoundaries", SentenceSplitter::quoteBoundaries);
        return AdversarialText.cross(routines);
    }
}
