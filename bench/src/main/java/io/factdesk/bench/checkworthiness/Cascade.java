package io.factdesk.bench.checkworthiness;

/**
 * The two stages as the application runs them: the first stage (cues and words) scores every unit, the full model
 * the units whose first-stage log-odds lie within {@code band} of the threshold.
 */
record Cascade(Candidate full, Candidate words, double band) {

    double[] scores(SentenceTable table) {
        return CheckWorthinessTraining.cascade(words.model(), full.model(), table, band);
    }

    /** Trains both stages on {@code table} with the given settings; thresholds and band are chosen on dev. */
    static Cascade train(SentenceTable table, SentenceTable dev, CheckWorthinessTraining.Setting full,
            CheckWorthinessTraining.Setting words) {
        var vocabulary = CheckWorthinessTraining.vocabulary(table);
        Candidate first = Candidate.tune(CheckWorthinessTraining.train(table, words, vocabulary), dev, words);
        Candidate second = Candidate.tune(CheckWorthinessTraining.train(table, full, vocabulary), dev, full);
        return new Cascade(second, first,
                CheckWorthinessTraining.band(first.model(), second.model(), dev, second.dev().f1()));
    }
}
