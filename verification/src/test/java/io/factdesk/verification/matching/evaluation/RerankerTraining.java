package io.factdesk.verification.matching.evaluation;

import io.factdesk.verification.matching.index.Reranker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Trains the matcher's re-ranker ({@link Reranker}) on the train split: a linear model of its twelve features per
 * candidate, fitted with a softmax over each post's pool of the hybrid's best {@value Reranker#POOL} (L2
 * {@value #LAMBDA}, chosen by 5-fold cross-validation within train; {@value #STEPS} full-batch Adam steps). Prints
 * the cross-validation, writes the weights file the application loads (deterministically: the same data gives the
 * same bytes) and prints train and dev once for the report (docs/verification-aids.md).
 */
final class RerankerTraining {

    /** The committed weights file, relative to the verification module (where the tests run). */
    static final Path WEIGHTS = Path.of("src", "main", "resources", "io", "factdesk", "verification", "matching",
            "index", "reranker-weights.properties");
    private static final double LAMBDA = 0.01;
    private static final int STEPS = 300;
    private static final double RATE = 0.05;

    /** One post's pool: candidates in the hybrid's order, their features and which are right. */
    record Pooled(List<Long> ids, double[][] features, Set<Long> relevant) {

        static Pooled of(String query, List<Reranker.Candidate> candidates, Set<Long> relevant) {
            return new Pooled(candidates.stream().map(c -> c.ranked().claimId()).toList(),
                    Reranker.features(query, candidates), relevant);
        }

        List<Long> hybridTop5() {
            return ids.subList(0, Math.min(5, ids.size()));
        }

        List<Long> top5(Reranker model) {
            return model.order(features).stream().limit(5).map(ids::get).toList();
        }
    }

    private RerankerTraining() {
    }

    /** Cross-validates on train, fits on all of train, writes {@code weights} and prints train and dev. */
    static void run(List<Pooled> train, List<Pooled> dev, Path weights) throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        RankingMetrics before = new RankingMetrics();
        RankingMetrics after = new RankingMetrics();
        for (int fold = 0; fold < 5; fold++) {
            List<Pooled> fit = new ArrayList<>();
            List<Pooled> held = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % 5 == fold ? held : fit).add(train.get(order.get(i)));
            }
            Reranker model = fit(fit);
            for (Pooled p : held) {
                before.add(p.hybridTop5(), p.relevant());
                after.add(p.top5(model), p.relevant());
            }
        }
        System.out.println("re-ranker, 5-fold cross-validation within train: hybrid " + before + "; re-ranked "
                + after);
        Reranker model = fit(train);
        Files.createDirectories(weights.toAbsolutePath().getParent());
        Files.writeString(weights, model.format("The claim matcher's re-ranker (io.factdesk.verification.matching"
                + ".index.Reranker), fitted on the train split of CheckThat! 2020 task 2 by\n# ClaimRetrievalEvaluation"
                + "Test.trainReranker (-Dfactdesk.matching.rerank=true). Regenerate it; do not edit it by hand."),
                StandardCharsets.ISO_8859_1);
        System.out.println("re-ranker fitted on train, written to " + weights + "; weights of standardised features:");
        double[] w = model.weights();
        for (int f = 0; f < w.length; f++) {
            System.out.printf(Locale.ROOT, "  %-20s %+.2f%n", Reranker.FEATURES.get(f), w[f]);
        }
        for (var split : List.of(java.util.Map.entry("train", train), java.util.Map.entry("dev", dev))) {
            RankingMetrics hybrid = new RankingMetrics();
            RankingMetrics reranked = new RankingMetrics();
            for (Pooled p : split.getValue()) {
                hybrid.add(p.hybridTop5(), p.relevant());
                reranked.add(p.top5(model), p.relevant());
            }
            System.out.println("re-ranker, " + split.getKey() + ": hybrid " + hybrid + "; re-ranked " + reranked);
        }
    }

    /** Weights over standardised features, fitted by Adam on the softmax loss of each pool (full batch). */
    static Reranker fit(List<Pooled> pools) {
        int f = Reranker.FEATURES.size();
        double[] mean = new double[f];
        double[] sd = new double[f];
        int rows = 0;
        for (Pooled p : pools) {
            for (double[] x : p.features()) {
                for (int k = 0; k < f; k++) {
                    mean[k] += x[k];
                    sd[k] += x[k] * x[k];
                }
                rows++;
            }
        }
        for (int k = 0; k < f; k++) {
            mean[k] /= rows;
            sd[k] = Math.sqrt(Math.max(0, sd[k] / rows - mean[k] * mean[k])) + 1e-9;
        }
        double[] weights = new double[f];
        double[] m1 = new double[f];
        double[] m2 = new double[f];
        for (int t = 1; t <= STEPS; t++) {
            Reranker model = new Reranker(mean, sd, weights);
            double[] gradient = new double[f];
            int used = 0;
            for (Pooled p : pools) {
                double[] target = new double[p.ids().size()];
                double right = 0;
                for (int j = 0; j < target.length; j++) {
                    if (p.relevant().contains(p.ids().get(j))) {
                        target[j] = 1.0 / p.relevant().size();
                        right += target[j];
                    }
                }
                if (right == 0) {
                    continue; // nothing right in the pool: no signal
                }
                used++;
                double[] prob = softmax(model, p);
                for (int j = 0; j < target.length; j++) {
                    for (int k = 0; k < f; k++) {
                        gradient[k] += (prob[j] - target[j]) * (p.features()[j][k] - mean[k]) / sd[k];
                    }
                }
            }
            for (int k = 0; k < f; k++) {
                double g = gradient[k] / used + LAMBDA * weights[k];
                m1[k] = 0.9 * m1[k] + 0.1 * g;
                m2[k] = 0.999 * m2[k] + 0.001 * g * g;
                weights[k] -= RATE * (m1[k] / (1 - Math.pow(0.9, t)))
                        / (Math.sqrt(m2[k] / (1 - Math.pow(0.999, t))) + 1e-8);
            }
        }
        return new Reranker(mean, sd, weights);
    }

    private static double[] softmax(Reranker model, Pooled p) {
        double[] s = new double[p.ids().size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < s.length; j++) {
            s[j] = model.score(p.features()[j]);
            max = Math.max(max, s[j]);
        }
        double sum = 0;
        for (int j = 0; j < s.length; j++) {
            s[j] = Math.exp(s[j] - max);
            sum += s[j];
        }
        for (int j = 0; j < s.length; j++) {
            s[j] /= sum;
        }
        return s;
    }
}
