package io.factdesk.bench.checkworthiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Training with the labelled news articles ({@link NewsTables}) as well, and the choice of their weight without the
 * seed articles. For each weight of {@link #WEIGHTS}: five-fold cross-validation by article over the news set (fold
 * k holds out the articles whose position modulo 5 is k; each fold trains both stages on the train split plus the
 * other four fifths, chooses thresholds and band on dev, and scores its held-out articles; the figure pools the
 * five), and the dev F1 of the cascade trained on the train split plus every news article. The weight with the
 * best mean of the two F1s is kept (news the model has not seen, and the debates the settings were chosen on).
 * The training settings are the ones the train-split run chose on dev.
 */
final class NewsFolds {

    /**
     * Weights tried for one news unit against one CheckThat! sentence: the ~480 units then weigh about 4%, 11% or
     * 21% of the train split.
     */
    static final double[] WEIGHTS = {2, 5, 10};
    static final int FOLDS = 5;
    /** The fold number of the cascade trained on every news article. */
    private static final int ALL = FOLDS;

    private NewsFolds() {
    }

    /**
     * One weight tried.
     *
     * @param folds   the cross-validation's pooled figures on the news articles
     * @param cascade trained on the train split and every news article
     * @param dev     that cascade's figures on dev
     */
    record Trial(double weight, Scores folds, Cascade cascade, Scores dev) {

        double merit() {
            return (folds.f1() + dev.f1()) / 2;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "news weight %.0f: cross-validated on news %s; dev cascade %s; "
                    + "mean F1 %.3f", weight, folds, dev, merit());
        }
    }

    /** The train split followed by the news articles, these weighing {@code weight}. */
    static SentenceTable withNews(SentenceTable train, List<SentenceTable> news, double weight) {
        List<SentenceTable> tables = new ArrayList<>();
        tables.add(train);
        news.forEach(n -> tables.add(n.weighing(weight)));
        return SentenceTable.concat(tables);
    }

    /** Every weight of {@link #WEIGHTS} tried; each run has its own trainer and seed, so they run side by side. */
    static List<Trial> trials(SentenceTable train, SentenceTable dev, List<SentenceTable> news,
            CheckWorthinessTraining.Setting full, CheckWorthinessTraining.Setting words) {
        int runs = FOLDS + 1;
        List<Cascade> cascades = IntStream.range(0, WEIGHTS.length * runs).parallel()
                .mapToObj(run -> Cascade.train(withNews(train, articles(news, run % runs, false), WEIGHTS[run / runs]),
                        dev, full, words))
                .toList();
        List<Trial> trials = new ArrayList<>();
        for (int w = 0; w < WEIGHTS.length; w++) {
            List<Scores> folds = new ArrayList<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                SentenceTable out = SentenceTable.concat(articles(news, fold, true));
                folds.add(Scores.at(cascades.get(w * runs + fold).scores(out), out.labels(), 0.5));
                System.out.printf(Locale.ROOT, "news weight %.0f, fold %d held out: %s%n", WEIGHTS[w], fold,
                        folds.get(fold));
            }
            Cascade cascade = cascades.get(w * runs + ALL);
            trials.add(new Trial(WEIGHTS[w], Scores.pooled(folds), cascade,
                    Scores.at(cascade.scores(dev), dev.labels(), 0.5)));
        }
        return trials;
    }

    /** The articles fold {@code fold} holds out ({@code held}) or trains on; {@link #ALL} trains on every one. */
    static List<SentenceTable> articles(List<SentenceTable> news, int fold, boolean held) {
        return IntStream.range(0, news.size()).filter(a -> (a % FOLDS == fold) == held).mapToObj(news::get).toList();
    }

    /** The trial with the best mean F1 (the lighter weight on a tie). */
    static Trial best(List<Trial> trials) {
        Trial best = trials.get(0);
        for (Trial trial : trials) {
            if (trial.merit() > best.merit()) {
                best = trial;
            }
        }
        return best;
    }
}
