package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Whether a threshold of its own for news would lift the committed model on news: the committed cascade's
 * log-odds shifted by an offset (both stages, the band following the threshold), the offset chosen on the
 * project's labelled news articles ({@link NewsTables}; cross-validated by article as {@link NewsFolds} does), and
 * the seed articles scored at every offset and at the one chosen. Nothing here is written or shipped, and the seeds
 * choose nothing: their curve shows how far any threshold could take the committed model on them. Run with the
 * classpath of bench/checkworthiness/train.sh.
 */
final class NewsThresholdCheck {

    /** Offsets tried, in log-odds: -3 to +3 in steps of 0.05. */
    private static final int STEPS = 60;
    private static final double STEP = 0.05;

    private NewsThresholdCheck() {
    }

    public static void main(String[] args) {
        Path root = Datasets.projectRoot(Path.of("").toAbsolutePath());
        CheckWorthinessModel full = CheckWorthinessModel.load();
        CheckWorthinessModel words = CheckWorthinessModel.loadWords();
        List<SentenceTable> news = NewsTables.read();
        SentenceTable allNews = SentenceTable.concat(news);
        SentenceTable seeds = SentenceTable.concat(SeedTables.read(root));
        for (int k = -STEPS; k <= STEPS; k += 4) {
            double offset = k * STEP;
            System.out.printf(Locale.ROOT, "offset %+.2f: news %s; seeds %s%n", offset,
                    at(words, full, allNews, offset), at(words, full, seeds, offset));
        }
        double ceiling = best(words, full, seeds);
        System.out.printf(Locale.ROOT, "the most any offset reaches on the seeds (shown, not chosen): offset %+.2f: "
                + "seeds %s%n", ceiling, at(words, full, seeds, ceiling));
        double chosen = best(words, full, allNews);
        System.out.printf(Locale.ROOT, "chosen on all news articles: offset %+.2f: news %s; seeds %s%n", chosen,
                at(words, full, allNews, chosen), at(words, full, seeds, chosen));
        List<Scores> folds = new ArrayList<>();
        for (int fold = 0; fold < NewsFolds.FOLDS; fold++) {
            SentenceTable in = articles(news, fold, false);
            SentenceTable out = articles(news, fold, true);
            double offset = best(words, full, in);
            folds.add(at(words, full, out, offset));
            System.out.printf(Locale.ROOT, "fold %d: offset %+.2f chosen on the others; held out %s%n", fold, offset,
                    folds.get(fold));
        }
        System.out.println("news, offset cross-validated by article: " + Scores.pooled(folds));
    }

    private static SentenceTable articles(List<SentenceTable> news, int fold, boolean held) {
        return SentenceTable.concat(IntStream.range(0, news.size())
                .filter(a -> (a % NewsFolds.FOLDS == fold) == held).mapToObj(news::get).toList());
    }

    /** The offset with the best F1 on the table (the one nearest zero on a tie). */
    private static double best(CheckWorthinessModel words, CheckWorthinessModel full, SentenceTable table) {
        double best = 0;
        double bestF1 = at(words, full, table, 0).f1();
        for (int k = 1; k <= STEPS; k++) {
            for (double offset : new double[] {-k * STEP, k * STEP}) {
                double f1 = at(words, full, table, offset).f1();
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = offset;
                }
            }
        }
        return best;
    }

    /** The cascade's figures with its log-odds shifted by {@code offset}. */
    static Scores at(CheckWorthinessModel words, CheckWorthinessModel full, SentenceTable table, double offset) {
        double[] first = table.scores(words);
        double[] second = table.scores(full);
        boolean[] predicted = new boolean[first.length];
        for (int i = 0; i < first.length; i++) {
            double logOdds = logOdds(first[i]) + offset;
            predicted[i] = (Math.abs(logOdds) < words.band() ? logOdds(second[i]) + offset : logOdds) >= 0;
        }
        return Scores.of(predicted, table.labels());
    }

    private static double logOdds(double p) {
        return Math.log(p / (1 - p));
    }
}
