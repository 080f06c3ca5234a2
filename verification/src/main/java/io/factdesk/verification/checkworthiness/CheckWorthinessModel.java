package io.factdesk.verification.checkworthiness;

import io.factdesk.verification.embedding.SentenceEmbeddings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A logistic regression over the sentence embedding, the {@link Cue} values and the sentence's word unigrams and
 * bigrams ({@link Terms}): a dot product with committed weights, so scoring needs no machine-learning library. The threshold chosen on development data is folded
 * into the bias, which puts it at a score of 0.5 ({@link CheckWorthinessScorer#THRESHOLD}).
 *
 * <p>The weights live in {@code checkworthiness/model.tsv}, written by the training run described in
 * docs/verification-aids.md; lines are {@code bias <value>}, {@code cue <NAME> <value>}, one
 * {@code embedding <384 values>} and {@code term <term> <value>} lines, and in a first stage's file a
 * {@code band <value>} line; {@code #} starts a comment. A sentence's
 * terms each count {@code 1/sqrt(number of its distinct terms)}, so long sentences do not win by length.
 */
public final class CheckWorthinessModel {

    static final String RESOURCE = "checkworthiness/model.tsv";
    static final String WORDS_RESOURCE = "checkworthiness/model-words.tsv";

    private final double bias;
    private final double[] cueWeights;
    private final double[] embeddingWeights;
    private final Map<String, Double> termWeights;
    private final double band;

    /** A model without term weights (cues and embedding only). */
    public CheckWorthinessModel(double bias, double[] cueWeights, double[] embeddingWeights) {
        this(bias, cueWeights, embeddingWeights, Map.of());
    }

    /**
     * @param bias             the intercept, threshold included
     * @param cueWeights       one weight per {@link Cue}, in enum order
     * @param embeddingWeights one weight per embedding dimension (all zero for a cue-only model)
     * @param termWeights      weight per term as {@link Terms#of} spells it; absent terms weigh nothing
     */
    public CheckWorthinessModel(double bias, double[] cueWeights, double[] embeddingWeights,
            Map<String, Double> termWeights) {
        if (cueWeights.length != Cue.values().length || embeddingWeights.length != SentenceEmbeddings.DIMENSIONS) {
            throw new IllegalArgumentException("Expected " + Cue.values().length + " cue weights and "
                    + SentenceEmbeddings.DIMENSIONS + " embedding weights");
        }
        this.bias = bias;
        this.cueWeights = cueWeights.clone();
        this.embeddingWeights = embeddingWeights.clone();
        this.termWeights = Map.copyOf(termWeights);
        this.band = Double.NaN;
    }

    private CheckWorthinessModel(CheckWorthinessModel model, double band) {
        this.bias = model.bias;
        this.cueWeights = model.cueWeights;
        this.embeddingWeights = model.embeddingWeights;
        this.termWeights = model.termWeights;
        this.band = band;
    }

    /**
     * This model (one without embedding weights) as the first stage of a cascade: a sentence whose log-odds lie
     * within {@code band} of the threshold is scored again by the model with the embedding.
     */
    public CheckWorthinessModel withBand(double band) {
        return new CheckWorthinessModel(this, band);
    }

    /** The first stage's band in log-odds, NaN when this model is not a first stage. */
    public double band() {
        return band;
    }

    /** The committed model on the classpath. */
    public static CheckWorthinessModel load() {
        return load(RESOURCE);
    }

    /** The committed model without embedding weights, the first stage of the cascade (see {@link #band()}). */
    public static CheckWorthinessModel loadWords() {
        return load(WORDS_RESOURCE);
    }

    private static CheckWorthinessModel load(String resource) {
        try (InputStream in = CheckWorthinessModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the text form {@link #toText(String)} writes. */
    public static CheckWorthinessModel parse(String text) {
        double bias = Double.NaN;
        double[] cues = new double[Cue.values().length];
        double[] embedding = null;
        Map<String, Double> terms = new HashMap<>();
        double band = Double.NaN;
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line.strip());
            switch (cells.get(0)) {
                case "bias" -> bias = Double.parseDouble(cells.get(1));
                case "band" -> band = Double.parseDouble(cells.get(1));
                case "cue" -> cues[Cue.valueOf(cells.get(1)).ordinal()] = Double.parseDouble(cells.get(2));
                case "embedding" -> embedding = cells.subList(1, cells.size()).stream()
                        .mapToDouble(Double::parseDouble).toArray();
                case "term" -> terms.put(cells.get(1), Double.parseDouble(cells.get(2)));
                default -> throw new IllegalArgumentException("Unknown line in the model: " + cells.get(0));
            }
        }
        if (Double.isNaN(bias) || embedding == null) {
            throw new IllegalArgumentException("The model needs a bias and an embedding line");
        }
        CheckWorthinessModel model = new CheckWorthinessModel(bias, cues, embedding, terms);
        return Double.isNaN(band) ? model : model.withBand(band);
    }

    /** The text form, rounded to six decimals so a retrained model compares line by line; header as comments. */
    public String toText(String header) {
        StringBuilder out = new StringBuilder();
        header.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        out.append("bias\t").append(format(bias)).append('\n');
        if (!Double.isNaN(band)) {
            out.append("band\t").append(format(band)).append('\n');
        }
        for (Cue cue : Cue.values()) {
            out.append("cue\t").append(cue.name()).append('\t').append(format(cueWeights[cue.ordinal()])).append('\n');
        }
        out.append("embedding");
        for (double w : embeddingWeights) {
            out.append('\t').append(format(w));
        }
        out.append('\n');
        termWeights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append("term\t")
                .append(e.getKey()).append('\t').append(format(e.getValue())).append('\n'));
        return out.toString();
    }

    /**
     * The log-odds of the sentence being check-worthy, relative to the threshold; terms as {@link Terms#of}; a
     * null embedding adds nothing (the first stage of the cascade has no embedding weights).
     */
    public double logit(Cues cues, float[] embedding, Set<String> terms) {
        return logit(cues, embedding, termContributions(terms));
    }

    /** As {@link #logit(Cues, float[], Set)}, with the terms' parts as {@link #termContributions} gave them. */
    public double logit(Cues cues, float[] embedding, Map<String, Double> termParts) {
        double sum = bias + (embedding == null ? 0 : embeddingContribution(embedding));
        for (double part : termParts.values()) {
            sum += part;
        }
        for (Cue cue : Cue.values()) {
            sum += contribution(cues, cue);
        }
        return sum;
    }

    /** What the embedding adds to the log-odds. */
    public double embeddingContribution(float[] embedding) {
        double sum = 0;
        for (int i = 0; i < embeddingWeights.length; i++) {
            sum += embeddingWeights[i] * embedding[i];
        }
        return sum;
    }

    /** What each of the sentence's weighted terms adds to the log-odds, in the order of {@code terms}. */
    public Map<String, Double> termContributions(Set<String> terms) {
        Map<String, Double> parts = new LinkedHashMap<>();
        if (terms.isEmpty() || termWeights.isEmpty()) {
            return parts;
        }
        double value = termValue(terms.size());
        for (String term : terms) {
            Double weight = termWeights.get(term);
            if (weight != null) {
                parts.put(term, weight * value);
            }
        }
        return parts;
    }

    /** The value each term of a sentence with {@code distinctTerms} terms takes (also what training uses). */
    public static double termValue(int distinctTerms) {
        return 1 / Math.sqrt(distinctTerms);
    }

    /** What one cue adds to the log-odds. */
    public double contribution(Cues cues, Cue cue) {
        return cueWeights[cue.ordinal()] * cues.value(cue);
    }

    public double bias() {
        return bias;
    }

    /** A copy of the embedding weights. */
    public double[] embeddingWeights() {
        return embeddingWeights.clone();
    }

    /** The term weights. */
    public Map<String, Double> termWeights() {
        return termWeights;
    }

    /** The weight of one cue. */
    public double weight(Cue cue) {
        return cueWeights[cue.ordinal()];
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
            cells.add(line.substring(from, tab));
            from = tab + 1;
        }
        cells.add(line.substring(from));
        return cells;
    }

    private static String format(double value) {
        String text = String.format(Locale.ROOT, "%.6f", value);
        return "-0.000000".equals(text) ? "0.000000" : text;
    }
}
