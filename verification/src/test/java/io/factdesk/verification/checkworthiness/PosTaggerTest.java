package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.SharedDatasets;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.Segmenter;
import io.factdesk.verification.ingestion.TextNormaliser;
import io.factdesk.verification.ingestion.TextUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * {@link PosTagger} gives exactly the tags of OpenNLP's {@code POSTaggerME}: over the seed articles, the Ukrainian
 * demo article and the wire sentences (each as written, upper-cased and lower-cased), and, when the shared datasets
 * are present ({@code -Dfactdesk.datasets=<folder>}, else {@code ../shared/datasets}), over the first
 * {@value #FROM_TRAINING} sentences of the CheckThat 2024 check-worthiness training split and all of dev.
 */
class PosTaggerTest {

    static final int FROM_TRAINING = 8000;
    private static final String FOLDER = "checkthat2024-checkworthiness-en";

    @Test
    void tagsAreOpenNlpsOverTheSeedsTheWireSentencesAndTheTrainingData() throws IOException {
        NlpModels models = NlpModels.english();
        PosTagger fast = new PosTagger(models.posModel());
        assertThat(fast.searchesItself()).as("the model is one the tagger computes itself").isTrue();
        POSTaggerME reference = new POSTaggerME(models.posModel());
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        List<String> sentences = corpus(models);
        assertThat(sentences).hasSizeGreaterThan(300);
        for (String sentence : sentences) {
            String[] tokens = tokenizer.tokenize(sentence);
            assertThat(fast.tag(tokens)).as(sentence).containsExactly(reference.tag(tokens));
        }
        System.out.println("PosTaggerTest: " + sentences.size() + " sentences tagged alike");
    }

    private static List<String> corpus(NlpModels models) throws IOException {
        List<String> texts = new ArrayList<>();
        SeedArticles.FILES.forEach(file -> texts.add(SeedArticles.read(file)));
        texts.add(resource("demo/articles/uk/100_ukrainian_drone_deal.txt"));
        resource("sourcing/wire-labels.tsv").lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> texts.add(line.substring(line.indexOf('\t') + 1).strip()));
        Segmenter segmenter = new Segmenter(models);
        List<String> sentences = new ArrayList<>();
        for (String raw : texts) {
            for (String cased : List.of(raw, raw.toUpperCase(Locale.ROOT), raw.toLowerCase(Locale.ROOT))) {
                for (TextUnit unit : segmenter.segment(TextNormaliser.normalise(cased))) {
                    sentences.add(unit.text());
                }
            }
        }
        Path data = SharedDatasets.folder().resolve(FOLDER);
        if (Files.isDirectory(data)) {
            sentences.addAll(texts(data.resolve("CT24_checkworthy_english_train.tsv")).stream().limit(FROM_TRAINING)
                    .toList());
            sentences.addAll(texts(data.resolve("CT24_checkworthy_english_dev.tsv")));
        } else {
            System.out.println("PosTaggerTest: " + data + " is absent; comparing over the project's texts only");
        }
        return sentences;
    }

    /** The Text column of a CheckThat file (id, text, label; tab-separated, with a header). */
    private static List<String> texts(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split("\t"))
                .filter(cells -> cells.length >= 2).map(cells -> cells[1]).toList();
    }

    private static String resource(String name) {
        try (InputStream in = PosTaggerTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
