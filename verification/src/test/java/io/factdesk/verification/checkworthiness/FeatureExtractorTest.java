package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.verification.ingestion.NlpModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Past forms and comparatives are read from word endings and lists (no lemmatizer). */
class FeatureExtractorTest {

    /** The plain-code year and ordinal checks accept exactly what the patterns they replace matched. */
    @Test
    void yearAndOrdinalChecksMatchThePatternsTheyReplace() {
        Pattern year = Pattern.compile("(?:19|20)\\d{2}");
        Pattern ordinal = Pattern.compile("\\d+(?:st|nd|rd|th)");
        List<String> tokens = new ArrayList<>(List.of("1999", "2025", "2100", "1899", "199", "19999", "20a5", "２０２５",
                "١٩٩٩", "2025.", " 2025", "", "1st", "2nd", "3rd", "4th", "21st", "0th", "st", "th", "1", "12", "1sth",
                "1ST", "ⅰst", "１st", "11th.", "100th", "x1st"));
        var tokenizer = new opennlp.tools.tokenize.TokenizerME(NlpModels.english().readTokenizerModel());
        for (String file : DemoArticles.FILES) {
            tokens.addAll(List.of(tokenizer.tokenize(DemoArticles.read(file))));
        }
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            assertThat(FeatureExtractor.isYear(token)).as(token).isEqualTo(year.matcher(token).matches());
            assertThat(FeatureExtractor.isOrdinal(lower)).as(lower).isEqualTo(ordinal.matcher(lower).matches());
        }
    }

    @Test
    void pastFormsAreRegularOrListedIrregularOnes() {
        assertThat(FeatureExtractor.isPastForm("arrived")).isTrue();
        assertThat(FeatureExtractor.isPastForm("said")).isTrue();
        assertThat(FeatureExtractor.isPastForm("taken")).isTrue();
        assertThat(FeatureExtractor.isPastForm("need")).as("a base form in -ed").isFalse();
        assertThat(FeatureExtractor.isPastForm("proceed")).isFalse();
        assertThat(FeatureExtractor.isPastForm("says")).isFalse();
        assertThat(FeatureExtractor.isPastForm("arriving")).isFalse();
        assertThat(FeatureExtractor.isPastForm("red")).as("too short for a regular form").isFalse();
    }

    @Test
    void comparativesAreGradedAdjectivesAndAdverbsOrListedWords() {
        assertThat(FeatureExtractor.isComparative("larger", "ADJ")).isTrue();
        assertThat(FeatureExtractor.isComparative("faster", "ADV")).isTrue();
        assertThat(FeatureExtractor.isComparative("highest", "ADJ")).isTrue();
        assertThat(FeatureExtractor.isComparative("first", "ADJ")).isTrue();
        assertThat(FeatureExtractor.isComparative("other", "ADJ")).as("not a graded form").isFalse();
        assertThat(FeatureExtractor.isComparative("former", "ADJ")).isFalse();
        assertThat(FeatureExtractor.isComparative("larger", "NOUN")).isFalse();
        assertThat(FeatureExtractor.isComparative("water", "NOUN")).isFalse();
    }

    @Test
    void aSentenceShowsItsPastActionsAndComparatives() {
        SentenceFeatures features = new FeatureExtractor(NlpModels.english())
                .extract("The minister said exports had reached the highest level, faster than expected.", false);

        assertThat(features.pastActions()).contains("said", "reached");
        assertThat(features.comparatives()).contains("highest");
    }
}
