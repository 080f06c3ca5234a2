package io.factdesk.verification.checkworthiness;

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

/**
 * Texts to compare this package's OpenNLP components with OpenNLP's own over: the project's news text (the seed
 * articles, the Ukrainian demo article and the wire sentences) and, when the shared datasets are present
 * ({@code -Dfactdesk.datasets=<folder>}, else {@code ../shared/datasets}), CheckThat 2024 training and dev
 * sentences.
 */
final class OpenNlpCorpus {

    private static final String FOLDER = "checkthat2024-checkworthiness-en";

    private OpenNlpCorpus() {
    }

    /** The project's news texts whole (articles and wire sentences), as written. */
    static List<String> projectTexts() {
        List<String> texts = new ArrayList<>();
        SeedArticles.FILES.forEach(file -> texts.add(SeedArticles.read(file)));
        texts.add(resource("demo/articles/uk/100_ukrainian_drone_deal.txt"));
        resource("sourcing/wire-labels.tsv").lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> texts.add(line.substring(line.indexOf('\t') + 1).strip()));
        return texts;
    }

    /** The units the segmenter cuts from {@link #projectTexts()}, each text as written, upper- and lower-cased. */
    static List<String> projectSentences(NlpModels models) {
        Segmenter segmenter = new Segmenter(models);
        List<String> sentences = new ArrayList<>();
        for (String raw : projectTexts()) {
            for (String cased : List.of(raw, raw.toUpperCase(Locale.ROOT), raw.toLowerCase(Locale.ROOT))) {
                for (TextUnit unit : segmenter.segment(TextNormaliser.normalise(cased))) {
                    sentences.add(unit.text());
                }
            }
        }
        return sentences;
    }

    /**
     * The first {@code fromTraining} sentences of the CheckThat training split and all of dev, or an empty list
     * (with a note on the console) when the shared datasets are absent.
     */
    static List<String> checkThat(int fromTraining, String user) throws IOException {
        Path data = SharedDatasets.folder().resolve(FOLDER);
        if (!Files.isDirectory(data)) {
            System.out.println(user + ": " + data + " is absent; comparing over the project's texts only");
            return List.of();
        }
        List<String> sentences = new ArrayList<>(texts(data.resolve("CT24_checkworthy_english_train.tsv")).stream()
                .limit(fromTraining).toList());
        sentences.addAll(texts(data.resolve("CT24_checkworthy_english_dev.tsv")));
        return sentences;
    }

    /** The Text column of a CheckThat file (id, text, label; tab-separated, with a header). */
    private static List<String> texts(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split("\t"))
                .filter(cells -> cells.length >= 2).map(cells -> cells[1]).toList();
    }

    private static String resource(String name) {
        try (InputStream in = OpenNlpCorpus.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
