package io.factdesk.bench.checkworthiness;

import java.util.List;
import java.util.Locale;

/** Precision, recall and F1 of the check-worthy class. */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {

    /** Scores of predicting "check-worthy" where {@code score >= threshold}. */
    public static Scores at(double[] scores, boolean[] labels, double threshold) {
        boolean[] predicted = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            predicted[i] = scores[i] >= threshold;
        }
        return of(predicted, labels);
    }

    public static Scores of(boolean[] predicted, boolean[] labels) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] && labels[i]) {
                tp++;
            } else if (predicted[i]) {
                fp++;
            } else if (labels[i]) {
                fn++;
            }
        }
        return new Scores(tp, fp, fn);
    }

    /** The figures of the parts taken together (their counts summed). */
    public static Scores pooled(List<Scores> parts) {
        return new Scores(parts.stream().mapToInt(Scores::truePositives).sum(),
                parts.stream().mapToInt(Scores::falsePositives).sum(),
                parts.stream().mapToInt(Scores::falseNegatives).sum());
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", precision(), recall(), f1());
    }
}
