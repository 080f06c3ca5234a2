package io.factdesk.bench.checkworthiness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The project's labelled news articles ({@code bench/src/main/resources/checkworthiness/news/}, written for the
 * project in wire-report style on many topics; labels in {@code checkworthiness/news-labels.tsv}) as one
 * {@link SentenceTable} per article, each unit's inputs computed as an import computes them
 * ({@link LabelledArticles}). In-domain training data; independent of the seed articles.
 */
final class NewsTables {

    static final String FOLDER = "checkworthiness/news/";
    static final String LABELS = "checkworthiness/news-labels.tsv";

    private NewsTables() {
    }

    /** The labelled articles' file names, in the labels' order. */
    static List<String> files() {
        return labels().stream().map(LabelledArticles.Label::article).distinct().toList();
    }

    /** One table per article, in {@link #files()} order. */
    static List<SentenceTable> read() {
        List<LabelledArticles.Label> labels = labels();
        LabelledArticles articles = new LabelledArticles();
        return files().stream().map(file -> articles.table(file, resource(FOLDER + file), labels)).toList();
    }

    static List<LabelledArticles.Label> labels() {
        return LabelledArticles.Label.parse(resource(LABELS).lines().toList());
    }

    static String resource(String name) {
        try (InputStream in = NewsTables.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
