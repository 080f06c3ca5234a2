package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.checkworthiness.CheckWorthinessScorer;
import io.factdesk.verification.checkworthiness.Cues;
import io.factdesk.verification.checkworthiness.Terms;
import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.ingestion.ContentType;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.Segmenter;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.sourcing.SourcingFlagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The project's labels of the five seed articles ({@code verification/src/test/resources/checkworthiness/
 * seed-labels.tsv}) as one {@link SentenceTable} per article, each unit's inputs computed as an import computes
 * them: in its article (sourcing flags over the article text, quotation tracking, unit kinds), not alone.
 */
final class SeedTables {

    static final String LABELS = "verification/src/test/resources/checkworthiness/seed-labels.tsv";

    private SeedTables() {
    }

    /** One table per seed article, in {@link DemoArticles#FILES} order. */
    static List<SentenceTable> read(Path root) {
        List<String[]> labels = labels(root.resolve(LABELS));
        ArticleAnalyser analyser = ArticleAnalyser.create();
        Segmenter segmenter = new Segmenter(NlpModels.english());
        SourcingFlagger flagger = new SourcingFlagger();
        CheckWorthinessScorer scorer = SentenceTable.cueReader();
        List<SentenceTable> tables = new ArrayList<>();
        for (String file : DemoArticles.FILES) {
            String text = analyser.extract(file, DemoArticles.read(file), ContentType.PLAIN_TEXT).text();
            List<TextUnit> units = segmenter.segment(text);
            List<String[]> rows = labels.stream().filter(r -> r[0].equals(file)).toList();
            if (rows.size() != units.size()) {
                throw new IllegalStateException(file + ": " + units.size() + " units, " + rows.size() + " labels");
            }
            List<Cues> cues = new ArrayList<>();
            List<Set<String>> terms = new ArrayList<>();
            boolean[] checkWorthy = new boolean[units.size()];
            for (int i = 0; i < units.size(); i++) {
                TextUnit unit = units.get(i);
                String[] row = rows.get(i);
                if (Integer.parseInt(row[1]) != i || !row[3].equals(unit.text())) {
                    throw new IllegalStateException(file + " #" + i + ": the segmentation changed, relabel");
                }
                cues.add(scorer.cues(unit, flagger.flagSentence(text, unit.start(), unit.end())));
                terms.add(Terms.of(unit.text()));
                checkWorthy[i] = "1".equals(row[2]);
            }
            List<float[]> embeddings = SentenceEmbeddings.embedAll(units.stream().map(TextUnit::text).toList());
            tables.add(new SentenceTable(List.copyOf(cues), embeddings, List.copyOf(terms), checkWorthy,
                    SentenceTable.filled(units.size(), 1)));
        }
        return tables;
    }

    /** Rows of article, index, label, text, in file order. */
    private static List<String[]> labels(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", 4));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed labels " + file, e);
        }
    }
}
