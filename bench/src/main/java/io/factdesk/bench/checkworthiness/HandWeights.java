package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import io.factdesk.verification.checkworthiness.Cue;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weights the scorer used before it was learned, set by hand on the seed articles; kept to report the old
 * scorer's figures next to the model's, and for the one cue the training data cannot show (headings).
 */
final class HandWeights {

    static final double BIAS = -0.8;
    private static final Map<Cue, Double> WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Cue.NAMES, 0.7), Map.entry(Cue.PERSON, 0.0), Map.entry(Cue.PERSON_AND_DATE, 1.2),
            Map.entry(Cue.DATE, 0.7), Map.entry(Cue.NUMBER, 0.6), Map.entry(Cue.NAMED_SOURCE, 0.8),
            Map.entry(Cue.UNNAMED_SOURCE, 0.3), Map.entry(Cue.QUOTE, 0.5), Map.entry(Cue.COMPARATIVE, 0.3),
            Map.entry(Cue.PAST_ACTION, 0.6), Map.entry(Cue.SPECULATION, -0.4), Map.entry(Cue.OPINION, -0.5),
            Map.entry(Cue.QUESTION, -1.5), Map.entry(Cue.COMMENTARY, -0.7), Map.entry(Cue.TOO_SHORT, -1.5),
            Map.entry(Cue.HEADING, -0.6)));

    private HandWeights() {
    }

    static double weight(Cue cue) {
        return WEIGHTS.get(cue);
    }

    /** The old scorer as a model without embedding weights (its threshold was 0.5 too). */
    static CheckWorthinessModel model() {
        double[] cues = new double[Cue.values().length];
        for (Cue cue : Cue.values()) {
            cues[cue.ordinal()] = weight(cue);
        }
        return new CheckWorthinessModel(BIAS, cues, new double[SentenceEmbeddings.DIMENSIONS]);
    }
}
