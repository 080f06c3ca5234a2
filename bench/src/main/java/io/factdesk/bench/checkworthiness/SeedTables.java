package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.demo.DemoArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's labels of the five seed articles ({@code verification/src/test/resources/checkworthiness/
 * seed-labels.tsv}) as one {@link SentenceTable} per article, each unit's inputs computed as an import computes
 * them ({@link LabelledArticles}). An evaluation set only: nothing is trained or chosen on it.
 */
final class SeedTables {

    static final String LABELS = "verification/src/test/resources/checkworthiness/seed-labels.tsv";
    /** The second, independent labelling of the same units. */
    static final String SECOND = "verification/src/test/resources/checkworthiness/seed-labels-second.tsv";

    private SeedTables() {
    }

    /** One table per seed article, in {@link DemoArticles#FILES} order. */
    static List<SentenceTable> read(Path root) {
        return read(root, LABELS);
    }

    /** The same with the labels of {@code labelsFile} (relative to the project root), e.g. {@link #SECOND}. */
    static List<SentenceTable> read(Path root, String labelsFile) {
        List<LabelledArticles.Label> labels = labels(root, labelsFile);
        LabelledArticles articles = new LabelledArticles();
        return DemoArticles.FILES.stream().map(file -> articles.table(file, DemoArticles.read(file), labels)).toList();
    }

    /** The rows of {@code labelsFile} (relative to the project root), in its order. */
    static List<LabelledArticles.Label> labels(Path root, String labelsFile) {
        try {
            return LabelledArticles.Label.parse(Files.readAllLines(root.resolve(labelsFile), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed labels " + root.resolve(labelsFile), e);
        }
    }
}
