package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** The offset with the best F1 of the cascade on the table (the one nearest zero on a tie). */
    private static double best(StageLogOdds table) {
        double best = 0;
        double bestF1 = table.at(0).f1();
        for (int k = 1; k <= STEPS; k++) {
            for (double offset : new double[] {-k * STEP, k * STEP}) {
                double f1 = table.at(offset).f1();
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = offset;
                }
            }
        }
        return best;
    }

    private static StageLogOdds logOdds(CheckWorthinessModel words, CheckWorthinessModel full, SentenceTable table) {
        return StageLogOdds.of(words, full, words.band(), table);
    }

    public static void main(String[] args) {
        Path root = Datasets.projectRoot(Path.of("").toAbsolutePath());
        CheckWorthinessModel full = CheckWorthinessModel.load();
        CheckWorthinessModel words = CheckWorthinessModel.loadWords();
        List<SentenceTable> news = NewsTables.read();
        StageLogOdds allNews = logOdds(words, full, SentenceTable.concat(news));
        StageLogOdds seeds = logOdds(words, full, SentenceTable.concat(SeedTables.read(root)));
        for (int k = -STEPS; k <= STEPS; k += 4) {
            double offset = k * STEP;
            System.out.printf(Locale.ROOT, "offset %+.2f: news %s; seeds %s%n", offset, allNews.at(offset),
                    seeds.at(offset));
        }
        double ceiling = best(seeds);
        System.out.printf(Locale.ROOT, "the most any offset reaches on the seeds (shown, not chosen): offset %+.2f: "
                + "seeds %s%n", ceiling, seeds.at(ceiling));
        double chosen = best(allNews);
        System.out.printf(Locale.ROOT, "chosen on all news articles: offset %+.2f: news %s; seeds %s%n", chosen,
                allNews.at(chosen), seeds.at(chosen));
        List<Scores> folds = new ArrayList<>();
        for (int fold = 0; fold < NewsFolds.FOLDS; fold++) {
            double offset = best(logOdds(words, full, SentenceTable.concat(NewsFolds.articles(news, fold, false))));
            folds.add(logOdds(words, full, SentenceTable.concat(NewsFolds.articles(news, fold, true))).at(offset));
            System.out.printf(Locale.ROOT, "fold %d: offset %+.2f chosen on the others; held out %s%n", fold, offset,
                    folds.get(fold));
        }
        System.out.println("news, offset cross-validated by article: " + Scores.pooled(folds));
    }
}
