package io.factdesk.verification.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.junit.jupiter.api.Test;

class CrossScriptAnalyzerTest {

    private static final Analyzer ANALYZER = new CrossScriptAnalyzer();

    static List<String> terms(String text) {
        return terms(ANALYZER, text);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Test
    void namesMeetAcrossScriptsAndSpellings() {
        String zelensky = terms("Zelensky").get(0);
        assertThat(terms("Зеленський")).contains(zelensky);
        assertThat(terms("Зеленського")).contains(zelensky);
        assertThat(terms("Зеленському")).contains(zelensky);
        assertThat(terms("Zelenskyy's")).containsExactly(zelensky);
        assertThat(terms("Zelenskiy")).containsExactly(zelensky);
        assertThat(terms("Zelenskyi")).containsExactly(zelensky);
        String svyrydenko = terms("Svyrydenko").get(0);
        assertThat(terms("Свириденко")).contains(svyrydenko);
        assertThat(terms("Svyridenko")).containsExactly(svyrydenko);
    }

    @Test
    void ukrainianWordsAreReducedToTheirLemmasBeforeTheyAreCompared() {
        assertThat(terms("термінали")).contains(terms("terminals").get(0));
        assertThat(terms("дронів")).isEqualTo(terms("дрони"));
        assertThat(terms("угоду")).isEqualTo(terms("угода"));
        assertThat(terms("Україні")).isEqualTo(terms("Україна"));
    }

    /**
     * The Ukrainian dictionary is 7 MB on the heap for the life of the process: read once, by this analyzer.
     * Lucene's own analyzer reads a second copy with its stop words; this analyzer reads the same stop words
     * without it. (Lucene's copy is read here only after the check, to compare the stop words.)
     */
    @Test
    void theUkrainianDictionaryIsReadOnceAndTheStopWordsAreLucenes() throws ReflectiveOperationException {
        assertThat(terms("Зеленського та термінали")).contains("termin").doesNotContain("та");
        Field lucenes = UkrainianMorfologikAnalyzer.class.getDeclaredField("defaultResources");
        lucenes.setAccessible(true);
        assertThat(lucenes.get(null)).as("Lucene's copy of the dictionary and stop words").isNull();
        CharArraySet stopWords = UkrainianMorfologikAnalyzer.getDefaultStopwords();
        assertThat(CrossScriptAnalyzer.UKRAINIAN_STOP_WORDS).hasSameSizeAs(stopWords).hasSizeGreaterThan(1000);
        stopWords.forEach(word -> assertThat(CrossScriptAnalyzer.UKRAINIAN_STOP_WORDS.contains((char[]) word))
                .as(new String((char[]) word)).isTrue());
    }

    @Test
    void stopWordsOfBothLanguagesAreDropped() {
        assertThat(terms("і в на the of")).isEmpty();
    }

    @Test
    void decimalCommasBecomePointsButThousandsSeparatorsStay() {
        assertThat(terms("1,5 мільярда")).contains("1.5");
        assertThat(terms("1,500 dollars")).contains("1,500");
    }

    @Test
    void englishTextIsAnalysedAsEnglishAnalyzerDoesWhenNoSpellingRuleApplies() {
        String text = "The drones were delivered to Ukraine's army in 2024, said the Pentagon's spokesman.";
        List<String> english;
        try (Analyzer analyzer = new EnglishAnalyzer()) {
            english = terms(analyzer, text);
        }
        assertThat(terms(text)).isEqualTo(english).contains("drone", "deliv", "ukrain");
    }
}
