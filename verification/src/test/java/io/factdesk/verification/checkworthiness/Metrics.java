package io.factdesk.verification.checkworthiness;

/** Precision, recall and F1 of "check-worthy" predictions against labels. */
record Metrics(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    static Metrics of(boolean[] predicted, boolean[] actual) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < actual.length; i++) {
            if (predicted[i] && actual[i]) {
                tp++;
            } else if (predicted[i]) {
                fp++;
            } else if (actual[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Metrics(tp, fp, fn, tn);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d tn=%d)", precision(),
                recall(), f1(), truePositives, falsePositives, falseNegatives, trueNegatives);
    }
}
