package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import io.factdesk.verification.checkworthiness.Cue;
import java.util.Arrays;

/**
 * A trained model with the threshold that maximises F1 on the dev split, folded into its bias.
 *
 * @param model     the model, check-worthy from a score of 0.5
 * @param dev       its figures on dev at that threshold
 * @param threshold the chosen threshold on the probability
 * @param setting   the training setting that produced it
 */
record Candidate(CheckWorthinessModel model, Scores dev, double threshold, CheckWorthinessTraining.Setting setting) {

    static Candidate tune(CheckWorthinessModel raw, SentenceTable dev, CheckWorthinessTraining.Setting setting) {
        double[] scores = dev.scores(raw);
        double threshold = bestThreshold(scores, dev.labels());
        return new Candidate(shifted(raw, threshold), Scores.at(scores, dev.labels(), threshold), threshold, setting);
    }

    /**
     * The threshold on the probability with the best F1: the scores rounded to 0.001 are tried in order after 0.5,
     * a later one kept only when strictly better.
     */
    static double bestThreshold(double[] scores, boolean[] labels) {
        double[] candidates = Arrays.stream(scores).map(s -> Math.round(s * 1000) / 1000.0).distinct().sorted()
                .toArray();
        double bestThreshold = 0.5;
        Scores best = Scores.at(scores, labels, bestThreshold);
        for (double threshold : candidates) {
            Scores at = Scores.at(scores, labels, threshold);
            if (at.f1() > best.f1()) {
                best = at;
                bestThreshold = threshold;
            }
        }
        return bestThreshold;
    }

    /** The same model with {@code threshold} moved to 0.5: the bias loses the threshold's log-odds. */
    static CheckWorthinessModel shifted(CheckWorthinessModel raw, double threshold) {
        double[] cues = new double[Cue.values().length];
        for (Cue cue : Cue.values()) {
            cues[cue.ordinal()] = raw.weight(cue);
        }
        return new CheckWorthinessModel(raw.bias() - Math.log(threshold / (1 - threshold)), cues,
                raw.embeddingWeights(), raw.termWeights());
    }
}
