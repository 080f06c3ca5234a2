package io.factdesk.verification.matching.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * Re-orders the hybrid's best {@value #POOL} claims for a query with a linear model of twelve features per
 * candidate, fitted on the train split of the public claim-retrieval set with a softmax over each query's pool
 * (docs/verification-aids.md, "Claim matching"). Its output only orders one request's candidates: the fused score
 * stays what a match shows and what its level is read from. The weights and the features' standardisation are in
 * {@value #RESOURCE} next to this class, written by the training run; the evaluation and the matcher both re-rank
 * through this class.
 */
public final class Reranker {

    /** How many of the hybrid's candidates are re-ordered (the rest, if any, follow in the hybrid's order). */
    public static final int POOL = 30;
    /** The features, in the order of {@link #features} and of the weights file. */
    public static final List<String> FEATURES = List.of("fused", "lexical", "claim_cosine", "headline_cosine",
            "number_shared", "numbers_disjoint", "capitalised_shared", "bigrams_shared", "log_length", "log_rank",
            "gap_to_best", "any_bigram_shared");
    static final String RESOURCE = "reranker-weights.properties";

    /** A candidate of the hybrid and the text the index holds for it ({@link MatchText#of}: claim and headline). */
    public record Candidate(Ranked ranked, String text) {
    }

    private final double[] mean;
    private final double[] sd;
    private final double[] weights;

    /** A model over the standardised features: score = sum of weight × (feature − mean) / sd. */
    public Reranker(double[] mean, double[] sd, double[] weights) {
        int n = FEATURES.size();
        if (mean.length != n || sd.length != n || weights.length != n) {
            throw new IllegalArgumentException("the re-ranker needs " + n + " means, deviations and weights");
        }
        for (int k = 0; k < n; k++) {
            if (!(sd[k] > 0) || !Double.isFinite(mean[k]) || !Double.isFinite(weights[k])) {
                throw new IllegalArgumentException("the re-ranker's " + FEATURES.get(k) + " is not a finite model");
            }
        }
        this.mean = mean.clone();
        this.sd = sd.clone();
        this.weights = weights.clone();
    }

    /** The model committed with the application. */
    public static Reranker committed() {
        return Committed.MODEL;
    }

    /** Loaded on first use (the training run uses this class before the file exists). */
    private static final class Committed {
        static final Reranker MODEL = load();
    }

    /**
     * The candidates in the model's order: the first {@value #POOL} re-ordered (ties keep the hybrid's order), any
     * further ones after them as they came.
     *
     * @param query      the query as the index compares it ({@link MatchText#clean})
     * @param candidates the hybrid's candidates, best first
     */
    public List<Ranked> rerank(String query, List<Candidate> candidates) {
        List<Candidate> pool = candidates.subList(0, Math.min(POOL, candidates.size()));
        List<Ranked> ordered = new ArrayList<>(candidates.size());
        for (int j : order(features(query, pool))) {
            ordered.add(pool.get(j).ranked());
        }
        for (Candidate c : candidates.subList(pool.size(), candidates.size())) {
            ordered.add(c.ranked());
        }
        return ordered;
    }

    /** Indices of a pool's rows (features as {@link #features} computes them) by falling score, stable. */
    public List<Integer> order(double[][] features) {
        double[] scores = new double[features.length];
        List<Integer> order = new ArrayList<>(features.length);
        for (int j = 0; j < features.length; j++) {
            scores[j] = score(features[j]);
            order.add(j);
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -scores[j]));
        return order;
    }

    /** The model's score of one candidate's features; meaningful only against the same pool's others. */
    public double score(double[] features) {
        double s = 0;
        for (int k = 0; k < weights.length; k++) {
            s += weights[k] * (features[k] - mean[k]) / sd[k];
        }
        return s;
    }

    /**
     * The twelve features of each candidate of a pool (in the hybrid's order): fused score; lexical share;
     * claim-text cosine; headline cosine (the claim text's when there is no headline); a number shared with the
     * query; numbers on both sides and none shared; capitalised words shared and bigrams shared (each per the
     * candidate's count plus one); log of the candidate's word count; log of its rank; its fused score minus the
     * pool's best; any bigram shared.
     */
    public static double[][] features(String query, List<Candidate> pool) {
        RerankFeatures q = new RerankFeatures(query);
        double[][] features = new double[pool.size()][];
        for (int j = 0; j < pool.size(); j++) {
            Ranked r = pool.get(j).ranked();
            double claim = Double.isNaN(r.claimCosine()) ? 0 : r.claimCosine();
            double headline = Double.isNaN(r.headlineCosine()) ? claim : r.headlineCosine();
            RerankFeatures d = new RerankFeatures(pool.get(j).text());
            int numbers = RerankFeatures.shared(q.numbers, d.numbers);
            int bigrams = RerankFeatures.shared(q.bigrams, d.bigrams);
            features[j] = new double[] {r.score(), r.lexical(), claim, headline, numbers > 0 ? 1 : 0,
                !q.numbers.isEmpty() && !d.numbers.isEmpty() && numbers == 0 ? 1 : 0,
                RerankFeatures.shared(q.capitalised, d.capitalised) / (1.0 + d.capitalised.size()),
                bigrams / (1.0 + d.bigrams.size()), Math.log1p(d.count), Math.log1p(j),
                r.score() - pool.get(0).ranked().score(), bigrams > 0 ? 1 : 0};
        }
        return features;
    }

    /** The weights file's text: one line per feature and statistic, in {@link #FEATURES}' order (deterministic). */
    public String format(String comment) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(comment).append('\n');
        for (int k = 0; k < FEATURES.size(); k++) {
            String name = FEATURES.get(k);
            out.append(name).append(".mean=").append(mean[k]).append('\n');
            out.append(name).append(".sd=").append(sd[k]).append('\n');
            out.append(name).append(".weight=").append(weights[k]).append('\n');
        }
        return out.toString();
    }

    /** The weight of each standardised feature, in {@link #FEATURES}' order. */
    public double[] weights() {
        return weights.clone();
    }

    /** A model read from a weights file's properties; every feature's three values must be there. */
    static Reranker of(Properties properties) {
        int n = FEATURES.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) {
            mean[k] = value(properties, FEATURES.get(k) + ".mean");
            sd[k] = value(properties, FEATURES.get(k) + ".sd");
            weights[k] = value(properties, FEATURES.get(k) + ".weight");
        }
        return new Reranker(mean, sd, weights);
    }

    private static double value(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("the re-ranker's weights lack " + key);
        }
        return Double.parseDouble(value.strip());
    }

    private static Reranker load() {
        try (InputStream in = Reranker.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the re-ranker's weights " + RESOURCE + " are not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
