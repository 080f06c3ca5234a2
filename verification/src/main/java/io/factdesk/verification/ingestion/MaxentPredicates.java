package io.factdesk.verification.ingestion;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The predicates of an OpenNLP maxent model (feature text to its weights) in flat arrays, found by a fixed head and
 * a stretch of a word without building the feature's string: {@code find("p=", word, 0, 3)} is the model's entry
 * for {@code "p=" + word.substring(0, 3)}. OpenNLP builds a string per feature and looks it up in a hash map of
 * {@link Context} objects: for the tokenizer, which asks some fifteen features per character of a word, building
 * the strings and chasing the map's nodes, keys and weight arrays through memory was most of its time. Here a
 * probe reads one long (the hash and the entry), a hit the entry's characters and weights from shared arrays.
 * The weights keep each {@link Context}'s order, so sums come out as OpenNLP's. The copy is also about half
 * the size of OpenNLP's map (the language model's 145,895 predicates: ~45 MB there, ~22 MB here), so the
 * part-of-speech tagger, the tokenizer and the language detector keep only this. Immutable.
 */
public final class MaxentPredicates {

    /** Per slot: the key's hash in the high half, its entry + 1 in the low half; 0 for an empty slot. */
    private final long[] slots;
    private final int shift;
    private final int mask;
    /** Entry e's key is {@code keyChars[keyStart[e], keyStart[e + 1])}. */
    private final int[] keyStart;
    private final char[] keyChars;
    /** Entry e's weights are {@code weights[weightStart[e], weightStart[e + 1])}, for {@code outcomes} alike. */
    private final int[] weightStart;
    private final int[] outcomes;
    private final double[] weights;
    private final int longest;

    public MaxentPredicates(Map<String, Context> parameters) {
        int entries = parameters.size();
        int capacity = Integer.highestOneBit(Math.max(4, entries * 2)) * 2;
        slots = new long[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(mask);
        keyStart = new int[entries + 1];
        weightStart = new int[entries + 1];
        int characters = 0;
        int active = 0;
        for (Map.Entry<String, Context> entry : parameters.entrySet()) {
            characters += entry.getKey().length();
            active += entry.getValue().getOutcomes().length;
        }
        keyChars = new char[characters];
        outcomes = new int[active];
        weights = new double[active];
        int e = 0;
        int longestKey = 0;
        for (Map.Entry<String, Context> entry : parameters.entrySet()) {
            String key = entry.getKey();
            key.getChars(0, key.length(), keyChars, keyStart[e]);
            keyStart[e + 1] = keyStart[e] + key.length();
            int[] ids = entry.getValue().getOutcomes();
            System.arraycopy(ids, 0, outcomes, weightStart[e], ids.length);
            System.arraycopy(entry.getValue().getParameters(), 0, weights, weightStart[e], ids.length);
            weightStart[e + 1] = weightStart[e] + ids.length;
            int hash = key.hashCode();
            int slot = slot(hash);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (long) hash << 32 | (e + 1);
            longestKey = Math.max(longestKey, key.length());
            e++;
        }
        longest = longestKey;
    }

    /**
     * A plain maxent model's predicates and outcomes: the kind of model this class and its users compute as OpenNLP
     * does (OpenNLP's {@code GISModel} of type Maxent: a uniform prior, no feature values).
     */
    public record PlainMaxent(Map<String, Context> predicates, String[] outcomes) {

        /** The log of the uniform prior over this model's outcomes. */
        public double uniformLogPrior() {
            return MaxentPredicates.uniformLogPrior(outcomes.length);
        }
    }

    /** The predicates and outcomes of {@code model} when it is a plain maxent model; null for any other. */
    @SuppressWarnings("unchecked")
    public static PlainMaxent plainMaxent(Object model) {
        if (!(model instanceof GISModel gis && gis.getModelType() == AbstractModel.ModelType.Maxent)) {
            return null;
        }
        Object[] data = gis.getDataStructures();
        return new PlainMaxent((Map<String, Context>) data[1], (String[]) data[2]);
    }

    /** The log of OpenNLP's uniform prior over {@code outcomes} outcomes, where every sum starts. */
    public static double uniformLogPrior(int outcomes) {
        return StrictMath.log(1.0 / outcomes);
    }

    /**
     * The sums made probabilities as OpenNLP's {@code GISModel.eval} makes them: exponentiated in order, then divided
     * by their sum.
     */
    public static void normalise(double[] sums) {
        double normal = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= normal;
        }
    }

    /** The entry of the predicate {@code feature}, or -1 when the model has none. */
    public int find(String feature) {
        return find(feature.hashCode(), "", feature, 0, feature.length());
    }

    /** The entry of the predicate {@code head + text[from, to)}, or -1 when the model has none. */
    public int find(String head, CharSequence text, int from, int to) {
        if (head.length() + to - from > longest) {
            return -1;
        }
        int hash = head.hashCode();
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return find(hash, head, text, from, to);
    }

    /**
     * Adds entry {@code e}'s weights to {@code sums} as OpenNLP's {@code ArrayMath.sumFeatures} adds a context's
     * (each weight times the feature's value, 1); nothing for -1, an unknown feature.
     */
    public void add(int e, double[] sums) {
        if (e >= 0) {
            for (int a = weightStart[e]; a < weightStart[e + 1]; a++) {
                sums[outcomes[a]] += weights[a] * 1.0;
            }
        }
    }

    /** {@code hash} is String's hash of {@code head + text[from, to)}. */
    private int find(int hash, String head, CharSequence text, int from, int to) {
        for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & mask) {
            long probed = slots[slot];
            if ((int) (probed >>> 32) == hash) {
                int e = (int) probed - 1;
                if (matches(e, head, text, from, to)) {
                    return e;
                }
            }
        }
        return -1;
    }

    private boolean matches(int e, String head, CharSequence text, int from, int to) {
        int at = keyStart[e];
        if (keyStart[e + 1] - at != head.length() + to - from) {
            return false;
        }
        for (int i = 0; i < head.length(); i++, at++) {
            if (keyChars[at] != head.charAt(i)) {
                return false;
            }
        }
        for (int i = from; i < to; i++, at++) {
            if (keyChars[at] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first slot to probe: the hash times the golden ratio, top bits. The polynomial hashes of similar features
     * ("f12=ab", "f12=ac") are neighbours, which would pile up in runs of hundreds of slots if taken as they are.
     */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
