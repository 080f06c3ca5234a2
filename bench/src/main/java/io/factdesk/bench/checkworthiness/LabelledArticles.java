package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.checkworthiness.CheckWorthinessScorer;
import io.factdesk.verification.checkworthiness.Cues;
import io.factdesk.verification.checkworthiness.Terms;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.ingestion.ContentType;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.Segmenter;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.sourcing.SourcingFlagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Articles labelled unit by unit as {@link SentenceTable}s, each unit's inputs computed as an import computes them:
 * the text extracted and segmented as an import does, sourcing flags over the article text, quotation tracking and
 * unit kinds in the article, not sentence by sentence.
 */
final class LabelledArticles {

    /**
     * One row of a labels file (tab-separated: article, unit index, label, unit text; {@code #} starts a comment).
     *
     * @param checkWorthy label 1
     */
    record Label(String article, int index, boolean checkWorthy, String text) {

        /** The rows of a labels file's lines, in order. */
        static List<Label> parse(List<String> lines) {
            List<Label> rows = new ArrayList<>();
            for (String line : lines) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", 4);
                    rows.add(new Label(cells[0], Integer.parseInt(cells[1]), "1".equals(cells[2]), cells[3]));
                }
            }
            return rows;
        }
    }

    private final ArticleAnalyser analyser = ArticleAnalyser.create();
    private final Segmenter segmenter = new Segmenter(NlpModels.english());
    private final SourcingFlagger flagger = new SourcingFlagger();
    private final CheckWorthinessScorer scorer = SentenceTable.cueReader();

    /** The units of a plain-text article as an import segments them. */
    List<TextUnit> units(String file, String content) {
        return segmenter.segment(text(file, content));
    }

    /**
     * The table of one article from its labels (every unit, in order); fails when the segmentation no longer
     * gives the labelled units, so that a change to it is relabelled on purpose.
     */
    SentenceTable table(String file, String content, List<Label> labels) {
        String text = text(file, content);
        List<TextUnit> units = segmenter.segment(text);
        List<Label> rows = labels.stream().filter(r -> r.article().equals(file)).toList();
        if (rows.size() != units.size()) {
            throw new IllegalStateException(file + ": " + units.size() + " units, " + rows.size() + " labels");
        }
        List<Cues> cues = new ArrayList<>();
        List<Set<String>> terms = new ArrayList<>();
        boolean[] checkWorthy = new boolean[units.size()];
        for (int i = 0; i < units.size(); i++) {
            TextUnit unit = units.get(i);
            Label row = rows.get(i);
            if (row.index() != i || !row.text().equals(unit.text())) {
                throw new IllegalStateException(file + " #" + i + ": the segmentation changed, relabel");
            }
            cues.add(scorer.cues(unit, flagger.flagSentence(text, unit.start(), unit.end())));
            terms.add(Terms.of(unit.text()));
            checkWorthy[i] = row.checkWorthy();
        }
        List<float[]> embeddings = SentenceEmbeddings.embedAll(units.stream().map(TextUnit::text).toList());
        return new SentenceTable(List.copyOf(cues), embeddings, List.copyOf(terms), checkWorthy,
                SentenceTable.filled(units.size(), 1));
    }

    private String text(String file, String content) {
        return analyser.extract(file, content, ContentType.PLAIN_TEXT).text();
    }
}
