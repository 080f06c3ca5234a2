package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;

/**
 * A table's log-odds under both stages of a cascade, computed once so that thresholds can be tried without scoring
 * again. A unit goes to the full model when its first-stage log-odds lie within {@code band} of the first stage's
 * threshold, as {@link CheckWorthinessTraining#cascade} decides.
 */
record StageLogOdds(double[] first, double[] second, double band, boolean[] labels) {

    static StageLogOdds of(CheckWorthinessModel words, CheckWorthinessModel full, double band, SentenceTable table) {
        return new StageLogOdds(logOdds(table.scores(words)), logOdds(table.scores(full)), band, table.labels());
    }

    /** The cascade's predictions with thresholds (log-odds) {@code t1} for the first stage, {@code t2} for the full. */
    boolean[] cascade(double t1, double t2) {
        boolean[] predicted = new boolean[first.length];
        for (int i = 0; i < first.length; i++) {
            double f = first[i] - t1;
            predicted[i] = Math.abs(f) < band ? second[i] - t2 >= 0 : f >= 0;
        }
        return predicted;
    }

    /** The full model's predictions alone, threshold (log-odds) {@code t2}. */
    boolean[] full(double t2) {
        boolean[] predicted = new boolean[second.length];
        for (int i = 0; i < second.length; i++) {
            predicted[i] = second[i] - t2 >= 0;
        }
        return predicted;
    }

    /** The cascade's figures with both stages' log-odds shifted by {@code offset}. */
    Scores at(double offset) {
        return Scores.of(cascade(-offset, -offset), labels);
    }

    private static double[] logOdds(double[] probabilities) {
        double[] logOdds = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            logOdds[i] = CheckWorthinessTraining.logOdds(probabilities[i]);
        }
        return logOdds;
    }
}
