package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.demo.DemoArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * In-domain training with the project's labels of the five seed articles, measured honestly: leave one article
 * out. Each fold trains on the train split plus four labelled articles (each of their sentences weighing
 * {@link #SEED_WEIGHT}), chooses thresholds and the cascade's band on dev exactly as the out-of-domain run does
 * (never on a seed article), and scores the fifth; the figure pools the five held-out articles. The training
 * settings are the ones the out-of-domain run chose on dev.
 */
final class SeedFolds {

    /**
     * Weight of one seed sentence against one CheckThat! sentence: the 114 seed units then weigh about as much
     * as a tenth of the train split. Fixed before any fold was scored, not chosen by the folds' figures.
     */
    static final double SEED_WEIGHT = 20;

    private SeedFolds() {
    }

    /** Both stages trained on one table, thresholds and band from dev. */
    record Cascade(Candidate full, Candidate words, double band) {

        double[] scores(SentenceTable table) {
            return CheckWorthinessTraining.cascade(words.model(), full.model(), table, band);
        }
    }

    /** Trains both stages on {@code table} with the given settings; thresholds and band are chosen on dev. */
    static Cascade train(SentenceTable table, SentenceTable dev, CheckWorthinessTraining.Setting full,
            CheckWorthinessTraining.Setting words) {
        List<String> vocabulary = CheckWorthinessTraining.vocabulary(table);
        Candidate first = Candidate.tune(CheckWorthinessTraining.train(table, words, vocabulary), dev, words);
        Candidate second = Candidate.tune(CheckWorthinessTraining.train(table, full, vocabulary), dev, full);
        return new Cascade(second, first,
                CheckWorthinessTraining.band(first.model(), second.model(), dev, second.dev().f1()));
    }

    /** The train split followed by the given seed articles, these weighing {@link #SEED_WEIGHT}. */
    static SentenceTable withSeeds(SentenceTable train, List<SentenceTable> seeds) {
        List<SentenceTable> tables = new ArrayList<>();
        tables.add(train);
        seeds.forEach(s -> tables.add(s.weighing(SEED_WEIGHT)));
        return SentenceTable.concat(tables);
    }

    /** The pooled figures of the cascade on each held-out article, trained without it. */
    static Scores leaveOneArticleOut(SentenceTable train, SentenceTable dev, List<SentenceTable> seeds,
            CheckWorthinessTraining.Setting full, CheckWorthinessTraining.Setting words) {
        List<Scores> folds = IntStream.range(0, seeds.size()).parallel().mapToObj(held -> {
            List<SentenceTable> others = new ArrayList<>(seeds);
            SentenceTable out = others.remove(held);
            Cascade cascade = train(withSeeds(train, others), dev, full, words);
            return Scores.at(cascade.scores(out), out.labels(), 0.5);
        }).toList();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (int held = 0; held < folds.size(); held++) {
            Scores fold = folds.get(held);
            System.out.printf(Locale.ROOT, "seed fold %d (%s held out): %s%n", held, DemoArticles.FILES.get(held),
                    fold);
            truePositives += fold.truePositives();
            falsePositives += fold.falsePositives();
            falseNegatives += fold.falseNegatives();
        }
        return new Scores(truePositives, falsePositives, falseNegatives);
    }
}
