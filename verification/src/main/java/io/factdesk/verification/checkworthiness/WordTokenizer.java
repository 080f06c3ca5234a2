package io.factdesk.verification.checkworthiness;

import io.factdesk.verification.ingestion.MaxentPredicates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's learned tokenizer ({@code TokenizerME}), giving the same tokens by the same arithmetic with less
 * repeated work. OpenNLP splits the text at white space and asks its maxent model, between every two characters
 * of a word, whether to split there; each question builds some fifteen feature strings ({@code
 * DefaultTokenContextGenerator}: the prefix, the suffix, the characters either side and their classes) and looks
 * each up in a hash map. Here {@link SplitFeatures} finds the same features without building strings and sums
 * them in OpenNLP's order from the same uniform prior, and the split is decided as {@code GISModel.eval} and
 * {@code ArrayMath.argmax} decide it, so every split is OpenNLP's ({@code WordTokenizerTest} compares the tokens
 * over some million tokens).
 *
 * <p>Built for the tokenizer models of OpenNLP 2.5 (maxent, no abbreviation dictionary, no alphanumeric
 * shortcut, the default context generator); for any other model it hands over to OpenNLP's own tokenizer.
 * Thread-safe.
 */
final class WordTokenizer {

    private static final String[] NO_TOKENS = new String[0];
    /** Scores further apart than this decide a two-outcome split without exponentiating (see {@link #splits}). */
    private static final double CLEAR_MARGIN = 1e-9;
    /** Scores beyond this could overflow or underflow {@code exp}: decided by OpenNLP's arithmetic. */
    private static final double SAFE_SCORE = 700;

    private final ThreadSafeTokenizerME fallback;
    private final SplitFeatures features;
    private final int split;
    private final int outcomeCount;
    private final double uniformLogPrior;

    WordTokenizer(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        MaxentPredicates.PlainMaxent data = MaxentPredicates.plainMaxent(model.getMaxentModel());
        List<String> outcomes = data == null ? List.of() : Arrays.asList(data.outcomes());
        boolean plain = data != null && factory.getAbbreviationDictionary() == null
                && !factory.isUseAlphaNumericOptimization()
                && factory.getContextGenerator().getClass() == DefaultTokenContextGenerator.class
                && outcomes.contains("T");
        this.fallback = plain ? null : new ThreadSafeTokenizerME(model);
        this.features = plain ? new SplitFeatures(data.predicates()) : null;
        this.split = outcomes.indexOf("T");
        this.outcomeCount = outcomes.size();
        this.uniformLogPrior = MaxentPredicates.uniformLogPrior(Math.max(1, outcomeCount));
    }

    /** False when the model is not one this class computes and OpenNLP's tokenizer does the work. */
    boolean searchesItself() {
        return fallback == null;
    }

    /** The tokens of {@code text}, as {@code TokenizerME.tokenize(text)} gives them. */
    String[] tokenize(String text) {
        if (fallback != null) {
            return fallback.tokenize(text);
        }
        List<String> tokens = new ArrayList<>();
        Scratch scratch = new Scratch(outcomeCount);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || StringUtil.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                split(text.substring(start, i), tokens, scratch);
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens.toArray(NO_TOKENS);
    }

    /** Adds the tokens of one white-space-delimited word, split where the model says "T". */
    private void split(String word, List<String> tokens, Scratch scratch) {
        int length = word.length();
        if (length >= 2) {
            scratch.fit(length);
            features.affixes(word, scratch.prefixes, scratch.suffixes);
        }
        int from = 0;
        for (int index = 1; index < length; index++) {
            features.sum(word, index, scratch.prefixes[index], scratch.suffixes[index], uniformLogPrior,
                    scratch.sums);
            if (splits(scratch.sums)) {
                tokens.add(word.substring(from, index));
                from = index;
            }
        }
        tokens.add(from == 0 ? word : word.substring(from));
    }

    /**
     * Whether "T" is the outcome {@code GISModel.eval} and {@code ArrayMath.argmax} choose for these scores:
     * exponentiated with {@link StrictMath#exp}, divided by their sum, the first largest. With two outcomes whose
     * scores differ by more than {@value #CLEAR_MARGIN} the larger score wins that comparison whatever the
     * rounding (exp's error is under one ulp, the division's half an ulp, far below a 1e-9 ratio), so only close
     * or extreme scores are exponentiated.
     */
    private boolean splits(double[] sums) {
        if (sums.length == 2 && Math.abs(sums[0]) < SAFE_SCORE && Math.abs(sums[1]) < SAFE_SCORE
                && Math.abs(sums[1] - sums[0]) > CLEAR_MARGIN) {
            return (sums[1] > sums[0] ? 1 : 0) == split;
        }
        MaxentPredicates.normalise(sums);
        int best = 0;
        for (int o = 0; o < sums.length; o++) {
            if (sums[best] < sums[o]) {
                best = o;
            }
        }
        return best == split;
    }

    /** Per-call working arrays. */
    private static final class Scratch {

        final double[] sums;
        int[] prefixes = new int[32];
        int[] suffixes = new int[32];

        Scratch(int outcomes) {
            sums = new double[outcomes];
        }

        void fit(int length) {
            if (prefixes.length < length) {
                prefixes = new int[length];
                suffixes = new int[length];
            }
        }
    }
}
