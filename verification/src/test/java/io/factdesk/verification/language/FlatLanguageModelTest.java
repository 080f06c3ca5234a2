package io.factdesk.verification.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.Collected;
import io.factdesk.verification.SeedArticles;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

/**
 * {@link FlatLanguageModel} ranks languages exactly as OpenNLP's {@code LanguageDetectorME} does, probabilities
 * included, over every line of the seed articles and the Ukrainian demo article (as written, upper-cased,
 * lower-cased, cut short) and the start of each article, and does not keep OpenNLP's model.
 */
class FlatLanguageModelTest {

    @Test
    void ranksEveryLanguageAsOpenNlpDoesWithTheSameProbabilities() throws IOException {
        LanguageDetectorModel model = LanguageDetector.load();
        LanguageDetectorME openNlp = new LanguageDetectorME(model);
        FlatLanguageModel flat = new FlatLanguageModel(model);
        assertThat(flat.computesItself()).isTrue();
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(400);
        for (String text : texts) {
            Language[] expected = openNlp.predictLanguages(text);
            Language[] actual = flat.predictLanguages(text);
            assertThat(actual).as(text).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i].getLang()).as("rank %d of: %s", i, text).isEqualTo(expected[i].getLang());
                assertThat(actual[i].getConfidence()).as("rank %d of: %s", i, text)
                        .isEqualTo(expected[i].getConfidence());
            }
        }
    }

    @Test
    void keepsOnlyItsFlatCopyOfTheModel() throws InterruptedException {
        LanguageDetectorModel model = LanguageDetector.load();
        WeakReference<LanguageDetectorModel> held = new WeakReference<>(model);
        FlatLanguageModel flat = new FlatLanguageModel(model);
        model = null;
        assertThat(Collected.after(held)).as("the model's weights are kept once, in flat arrays").isNull();
        assertThat(flat.predictLanguages("The minister said the deal was agreed at the highest level.")[0].getLang())
                .isEqualTo("eng");
    }

    private static List<String> texts() throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (String file : SeedArticles.FILES) {
            articles.add(SeedArticles.read(file));
        }
        try (InputStream in = FlatLanguageModelTest.class.getClassLoader()
                .getResourceAsStream("demo/articles/uk/100_ukrainian_drone_deal.txt")) {
            articles.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> texts = new ArrayList<>();
        for (String article : articles) {
            // what the detector reads of an article: its first SAMPLE_CHARS characters
            texts.add(article.substring(0, Math.min(article.length(), LanguageDetector.SAMPLE_CHARS)));
            lines.addAll(article.lines().toList());
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            texts.add(line);
            texts.add(line.toUpperCase(Locale.ROOT));
            texts.add(line.toLowerCase(Locale.ROOT));
            texts.add(line.substring(0, Math.min(line.length(), 24)));
        }
        texts.addAll(List.of("", "2025", "Київ", "Die Vereinigten Staaten stehen kurz vor einem Abkommen.",
                "Les États-Unis seraient sur le point de conclure un accord.", "Zelensky banned the church."));
        return texts;
    }
}
