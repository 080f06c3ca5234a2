package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import io.factdesk.verification.checkworthiness.CheckWorthinessScorer;
import io.factdesk.verification.checkworthiness.Cue;
import io.factdesk.verification.checkworthiness.Cues;
import io.factdesk.verification.checkworthiness.FeatureExtractor;
import io.factdesk.verification.checkworthiness.Terms;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.ingestion.UnitKind;
import io.factdesk.verification.sourcing.SourcingFlag;
import io.factdesk.verification.sourcing.SourcingFlagger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model's inputs for a list of labelled sentences, computed exactly as an import computes them: each
 * sentence is a unit of its own (not inside a quotation), flagged by the sourcing flagger, embedded, split into
 * terms. Embeddings and cue values are cached under bench/target ({@link FeatureCache}).
 *
 * @param cues       per sentence (values only: the quoted words are not kept)
 * @param embeddings per sentence, L2-normalised
 * @param terms      per sentence, as {@link Terms#of} spells them
 * @param labels     per sentence, true when check-worthy
 * @param weights    per sentence, the weight of its example in training (1 for the CheckThat! sentences)
 */
public record SentenceTable(List<Cues> cues, List<float[]> embeddings, List<Set<String>> terms, boolean[] labels,
        double[] weights) {

    private static final int BATCH = 64;

    /** Computes the table, or reads its slow parts from the cache. */
    public static SentenceTable of(List<CheckThatSplit.Row> rows) {
        List<String> texts = rows.stream().map(CheckThatSplit.Row::text).toList();
        List<float[]> embeddings = FeatureCache.rows(SentenceEmbeddings.MODEL + " " + SentenceEmbeddings.VERSION,
                texts, SentenceEmbeddings.DIMENSIONS, SentenceTable::embed);
        List<float[]> cueRows = FeatureCache.rows(FeatureCache.cueCode(), texts, Cue.values().length,
                SentenceTable::cueValues);
        List<Cues> cues = new ArrayList<>(rows.size());
        List<Set<String>> terms = new ArrayList<>(rows.size());
        boolean[] labels = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] values = new double[Cue.values().length];
            for (int c = 0; c < values.length; c++) {
                values[c] = cueRows.get(i)[c];
            }
            cues.add(new Cues(values, Map.of()));
            terms.add(Terms.of(texts.get(i)));
            labels[i] = rows.get(i).checkWorthy();
        }
        return new SentenceTable(List.copyOf(cues), List.copyOf(embeddings), List.copyOf(terms), labels,
                filled(rows.size(), 1));
    }

    /** The tables one after another, in order. */
    public static SentenceTable concat(List<SentenceTable> tables) {
        List<Cues> cues = new ArrayList<>();
        List<float[]> embeddings = new ArrayList<>();
        List<Set<String>> terms = new ArrayList<>();
        int size = tables.stream().mapToInt(SentenceTable::size).sum();
        boolean[] labels = new boolean[size];
        double[] weights = new double[size];
        int at = 0;
        for (SentenceTable table : tables) {
            cues.addAll(table.cues());
            embeddings.addAll(table.embeddings());
            terms.addAll(table.terms());
            System.arraycopy(table.labels(), 0, labels, at, table.size());
            System.arraycopy(table.weights(), 0, weights, at, table.size());
            at += table.size();
        }
        return new SentenceTable(List.copyOf(cues), List.copyOf(embeddings), List.copyOf(terms), labels, weights);
    }

    /** This table with every example weighing {@code weight} in training. */
    public SentenceTable weighing(double weight) {
        return new SentenceTable(cues, embeddings, terms, labels, filled(size(), weight));
    }

    static double[] filled(int size, double value) {
        double[] values = new double[size];
        Arrays.fill(values, value);
        return values;
    }

    private static List<float[]> embed(List<String> texts) {
        List<float[]> embeddings = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            embeddings.addAll(SentenceEmbeddings.embedAll(texts.subList(from, Math.min(texts.size(), from + BATCH))));
        }
        return embeddings;
    }

    /** A scorer to read cues with ({@link CheckWorthinessScorer#cues}): its model does not matter. */
    static CheckWorthinessScorer cueReader() {
        return new CheckWorthinessScorer(new FeatureExtractor(NlpModels.english()),
                new CheckWorthinessModel(0, new double[Cue.values().length],
                        new double[SentenceEmbeddings.DIMENSIONS]));
    }

    private static List<float[]> cueValues(List<String> texts) {
        CheckWorthinessScorer scorer = cueReader();
        SourcingFlagger flagger = new SourcingFlagger();
        List<float[]> rows = new ArrayList<>(texts.size());
        for (String text : texts) {
            List<SourcingFlag> flags = flagger.flagSentence(text, 0, text.length());
            double[] values = scorer.cues(new TextUnit(UnitKind.SENTENCE, text, 0, text.length(), false), flags)
                    .values();
            float[] row = new float[values.length];
            for (int c = 0; c < row.length; c++) {
                row[c] = (float) values[c];
            }
            rows.add(row);
        }
        return rows;
    }

    /** The model's scores (probabilities relative to its threshold: check-worthy from 0.5). */
    public double[] scores(CheckWorthinessModel model) {
        double[] scores = new double[labels.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 1 / (1 + Math.exp(-model.logit(cues.get(i), embeddings.get(i), terms.get(i))));
        }
        return scores;
    }

    public int size() {
        return labels.length;
    }
}
