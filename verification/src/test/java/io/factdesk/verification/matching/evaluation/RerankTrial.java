package io.factdesk.verification.matching.evaluation;

import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.index.Ranked;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A trial of a learned re-ranker over the hybrid's best {@value #POOL} (docs/verification-aids.md, "tried"): a linear
 * model of twelve features per candidate, trained with a softmax over each post's pool. Measured by 5-fold
 * cross-validation within train, then fitted on all of train and printed once on dev. Not used by the application.
 */
final class RerankTrial {

    static final int POOL = 30;
    static final String[] FEATURES = {"fused", "lexical", "claim cosine", "headline cosine", "a number shared",
        "numbers disjoint", "capitalised words shared", "bigrams shared", "log length", "log rank",
        "gap to the best", "any bigram shared"};
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "and", "or", "is", "are",
            "was", "were", "be", "for", "on", "at", "by", "with", "that", "this", "it", "as", "from", "has", "have",
            "had", "not", "no");
    private static final double LAMBDA = 0.01;
    private static final int STEPS = 300;
    private static final double RATE = 0.05;

    /** One post's pool: candidates in the hybrid's order, their features and which are right. */
    record Pooled(List<Long> ids, double[][] features, Set<Long> relevant) {
    }

    private RerankTrial() {
    }

    /** The features of the hybrid's pool for one post. */
    static Pooled pool(String query, float[] vector, List<Ranked> ranked, Set<Long> relevant,
            java.util.function.LongFunction<float[][]> vectorsOf, java.util.function.LongFunction<String> textOf) {
        Words q = new Words(query);
        double[][] features = new double[ranked.size()][];
        List<Long> ids = new ArrayList<>();
        for (int j = 0; j < ranked.size(); j++) {
            Ranked r = ranked.get(j);
            float[][] v = vectorsOf.apply(r.claimId());
            double claim = SentenceEmbeddings.cosine(vector, v[0]);
            double headline = v[1] == null ? claim : SentenceEmbeddings.cosine(vector, v[1]);
            Words d = new Words(textOf.apply(r.claimId()));
            double bigrams = overlap(q.bigrams, d.bigrams);
            features[j] = new double[] {r.score(), r.lexical(), claim, headline,
                overlap(q.numbers, d.numbers) > 0 ? 1 : 0,
                !q.numbers.isEmpty() && !d.numbers.isEmpty() && overlap(q.numbers, d.numbers) == 0 ? 1 : 0,
                overlap(q.capitalised, d.capitalised) / (1 + d.capitalised.size()),
                bigrams / (1 + d.bigrams.size()), Math.log1p(d.count), Math.log1p(j),
                r.score() - ranked.get(0).score(), bigrams > 0 ? 1 : 0};
            ids.add(r.claimId());
        }
        return new Pooled(ids, features, relevant);
    }

    /** Prints the 5-fold cross-validation on train, then the model fitted on all of train, on train and on dev. */
    static void run(List<Pooled> train, List<Pooled> dev) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(42));
        RankingMetrics before = new RankingMetrics();
        RankingMetrics after = new RankingMetrics();
        for (int fold = 0; fold < 5; fold++) {
            List<Pooled> fit = new ArrayList<>();
            List<Pooled> held = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % 5 == fold ? held : fit).add(train.get(order.get(i)));
            }
            Model model = Model.fit(fit);
            for (Pooled p : held) {
                before.add(p.ids().subList(0, Math.min(5, p.ids().size())), p.relevant());
                after.add(model.rerank(p), p.relevant());
            }
        }
        System.out.println("re-ranker, 5-fold cross-validation within train: hybrid " + before + "; re-ranked "
                + after);
        Model model = Model.fit(train);
        System.out.println("re-ranker fitted on train, weights of standardised features:");
        for (int f = 0; f < FEATURES.length; f++) {
            System.out.printf(Locale.ROOT, "  %-26s %+.2f%n", FEATURES[f], model.weights[f]);
        }
        for (var split : List.of(java.util.Map.entry("train", train), java.util.Map.entry("dev", dev))) {
            RankingMetrics hybrid = new RankingMetrics();
            RankingMetrics reranked = new RankingMetrics();
            for (Pooled p : split.getValue()) {
                hybrid.add(p.ids().subList(0, Math.min(5, p.ids().size())), p.relevant());
                reranked.add(model.rerank(p), p.relevant());
            }
            System.out.println("re-ranker, " + split.getKey() + ": hybrid " + hybrid + "; re-ranked " + reranked);
        }
    }

    /** Weights over standardised features, fitted by Adam on the softmax loss of each pool (full batch). */
    private record Model(double[] mean, double[] sd, double[] weights) {

        static Model fit(List<Pooled> pools) {
            int f = FEATURES.length;
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
            Model model = new Model(mean, sd, new double[f]);
            double[] m1 = new double[f];
            double[] m2 = new double[f];
            for (int t = 1; t <= STEPS; t++) {
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
                    double[] prob = model.softmax(p);
                    for (int j = 0; j < target.length; j++) {
                        double[] z = model.standardised(p.features()[j]);
                        for (int k = 0; k < f; k++) {
                            gradient[k] += (prob[j] - target[j]) * z[k];
                        }
                    }
                }
                for (int k = 0; k < f; k++) {
                    double g = gradient[k] / used + LAMBDA * model.weights[k];
                    m1[k] = 0.9 * m1[k] + 0.1 * g;
                    m2[k] = 0.999 * m2[k] + 0.001 * g * g;
                    model.weights[k] -= RATE * (m1[k] / (1 - Math.pow(0.9, t)))
                            / (Math.sqrt(m2[k] / (1 - Math.pow(0.999, t))) + 1e-8);
                }
            }
            return model;
        }

        double[] standardised(double[] x) {
            double[] z = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                z[k] = (x[k] - mean[k]) / sd[k];
            }
            return z;
        }

        double score(double[] x) {
            double[] z = standardised(x);
            double s = 0;
            for (int k = 0; k < z.length; k++) {
                s += weights[k] * z[k];
            }
            return s;
        }

        double[] softmax(Pooled p) {
            double[] s = new double[p.ids().size()];
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < s.length; j++) {
                s[j] = score(p.features()[j]);
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

        /** The pool's best five by the model; ties keep the hybrid's order. */
        List<Long> rerank(Pooled p) {
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < p.ids().size(); j++) {
                order.add(j);
            }
            order.sort(java.util.Comparator.comparingDouble((Integer j) -> -score(p.features()[j])));
            return order.stream().limit(5).map(p.ids()::get).toList();
        }
    }

    /** A text's lower-case words, numbers, capitalised words and bigrams of words that are not stop words. */
    private static final class Words {
        final Set<String> numbers = new HashSet<>();
        final Set<String> capitalised = new HashSet<>();
        final Set<String> bigrams = new HashSet<>();
        int count;

        Words(String text) {
            String previous = null;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (isWordChar(Character.toLowerCase(c))) {
                    int start = i;
                    while (i < text.length() && isWordChar(Character.toLowerCase(text.charAt(i)))) {
                        i++;
                    }
                    String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                    count++;
                    if (!STOP.contains(word)) {
                        if (previous != null) {
                            bigrams.add(previous + " " + word);
                        }
                        previous = word;
                    }
                } else {
                    i++;
                }
            }
            scanNumbersAndCapitals(text);
        }

        private static boolean isWordChar(char c) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'';
        }

        private void scanNumbersAndCapitals(String text) {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    int start = i;
                    while (i < text.length() && (Character.isDigit(text.charAt(i)) || (text.charAt(i) == '.'
                            || text.charAt(i) == ',') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                            && Character.isDigit(text.charAt(i - 1)))) {
                        i++;
                    }
                    numbers.add(text.substring(start, i));
                } else if (c >= 'A' && c <= 'Z' && (i == 0 || !isAsciiAlnum(text.charAt(i - 1)))) {
                    int start = i;
                    i++;
                    while (i < text.length() && isAsciiLetter(text.charAt(i))) {
                        i++;
                    }
                    String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                    if (i - start >= 2 && !STOP.contains(word)) {
                        capitalised.add(word);
                    }
                } else {
                    i++;
                }
            }
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean isAsciiAlnum(char c) {
            return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
        }
    }

    private static double overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String x : a) {
            shared += b.contains(x) ? 1 : 0;
        }
        return shared;
    }
}
