package io.factdesk.verification.sourcing;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.factdesk.verification.AdversarialPatternsTest;
import io.factdesk.verification.AdversarialText;
import io.factdesk.verification.ingestion.ArticleText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every sourcing pattern, reached through its class, gets through each adversarial input within a second. */
class SourcingPatternsAdversarialTest extends AdversarialPatternsTest {

    static Stream<Arguments> routines() {
        Map<String, Consumer<String>> routines = new LinkedHashMap<>();
        phrases(routines, "anonymous source", PhrasePatterns.ANONYMOUS);
        phrases(routines, "vague source", PhrasePatterns.VAGUE);
        phrases(routines, "hedge", PhrasePatterns.HEDGES);
        phrases(routines, "Ukrainian anonymous source", List.of(UkrainianPhrases.ANONYMOUS));
        phrases(routines, "Ukrainian vague source", List.of(UkrainianPhrases.VAGUE));
        phrases(routines, "Ukrainian hedge", List.of(UkrainianPhrases.HEDGES));
        phrases(routines, "Ukrainian attribution", List.of(UkrainianPhrases.ATTRIBUTION));
        for (int i = 0; i < AttributionFinder.PATTERNS.size(); i++) {
            Pattern pattern = AttributionFinder.PATTERNS.get(i);
            routines.put("AttributionFinder.find, pattern " + (i + 1),
                    text -> AttributionFinder.find(pattern, text, 0, text.length(), new ArrayList<>()));
        }
        routines.put("PersonMentions.find", PersonMentions::find);
        routines.put("PersonMentions.untitledVariants", text -> PersonMentions.untitledVariants(text,
                PersonMentions.find("President Aaaaaaa Bbbbbbbb"), List.of()));
        routines.put("DateMentions.find", DateMentions::find);
        routines.put("TitleDateChecker.check",
                text -> new TitleDateChecker().check(new ArticleText("a", null, text, LocalDate.of(2025, 7, 4))));
        routines.put("TitleDateChecker.check (date from the text)",
                text -> new TitleDateChecker().check(ArticleText.of("a", text)));
        routines.put("NameVariantDetector.flagNameVariants", text -> new NameVariantDetector()
                .flagNameVariants(List.of(ArticleText.of("a", text), ArticleText.of("b", "President Aaa Bbb"))));
        return AdversarialText.cross(routines);
    }

    /** The phrase lists are the class's whole interface: each pattern is run as the flagger runs it. */
    private static void phrases(Map<String, Consumer<String>> routines, String kind, List<Pattern> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            Pattern pattern = patterns.get(i);
            routines.put("PhrasePatterns " + kind + " " + (i + 1), text -> {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    m.end();
                }
            });
        }
    }
}
