package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.ingestion.NlpModels;
import org.junit.jupiter.api.Test;

/** Past forms and comparatives are read from word endings and lists (no lemmatizer). */
class FeatureExtractorTest {

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
