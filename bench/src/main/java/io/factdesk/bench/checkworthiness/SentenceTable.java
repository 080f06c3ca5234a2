package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import io.factdesk.verification.checkworthiness.CheckWorthinessScorer;
import io.factdesk.verification.checkworthiness.Cue;
import io.factdesk.verification.checkworthiness.Cues;
import io.factdesk.verification.checkworthiness.FeatureExtractor;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.ingestion.UnitKind;
import io.factdesk.verification.sourcing.SourcingFlag;
import io.factdesk.verification.sourcing.SourcingFlagger;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's inputs for a list of labelled sentences, computed exactly as an import computes them: each
 * sentence is a unit of its own (not inside a quotation), flagged by the sourcing flagger, embedded in batches.
 *
 * @param cues       per sentence
 * @param embeddings per sentence, L2-normalised
 * @param labels     per sentence, true when check-worthy
 */
public record SentenceTable(List<Cues> cues, List<float[]> embeddings, boolean[] labels) {

    private static final int BATCH = 64;

    /** Computes the table; the scorer here only reads cues, so its model does not matter. */
    public static SentenceTable of(List<CheckThatSplit.Row> rows) {
        CheckWorthinessScorer scorer = new CheckWorthinessScorer(new FeatureExtractor(NlpModels.english()),
                new CheckWorthinessModel(0, new double[Cue.values().length],
                        new double[SentenceEmbeddings.DIMENSIONS]));
        SourcingFlagger flagger = new SourcingFlagger();
        List<Cues> cues = new ArrayList<>(rows.size());
        List<float[]> embeddings = new ArrayList<>(rows.size());
        boolean[] labels = new boolean[rows.size()];
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<String> texts = rows.subList(from, Math.min(rows.size(), from + BATCH)).stream()
                    .map(CheckThatSplit.Row::text).toList();
            embeddings.addAll(SentenceEmbeddings.embedAll(texts));
        }
        for (int i = 0; i < rows.size(); i++) {
            String text = rows.get(i).text();
            List<SourcingFlag> flags = flagger.flagSentence(text, 0, text.length());
            cues.add(scorer.cues(new TextUnit(UnitKind.SENTENCE, text, 0, text.length(), false), flags));
            labels[i] = rows.get(i).checkWorthy();
        }
        return new SentenceTable(List.copyOf(cues), List.copyOf(embeddings), labels);
    }

    /** The model's scores (probabilities relative to its threshold: check-worthy from 0.5). */
    public double[] scores(CheckWorthinessModel model) {
        double[] scores = new double[labels.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 1 / (1 + Math.exp(-model.logit(cues.get(i), embeddings.get(i))));
        }
        return scores;
    }

    public int size() {
        return labels.length;
    }
}
