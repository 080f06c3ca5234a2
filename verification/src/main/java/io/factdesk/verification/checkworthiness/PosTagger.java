package io.factdesk.verification.checkworthiness;

import io.factdesk.verification.ingestion.MaxentPredicates;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagger ({@code POSTaggerME}: a maxent model searched with a beam), giving the same tags
 * by the same arithmetic with less repeated work. OpenNLP evaluates the model once per word for each of the beam's
 * candidates, looking every feature up again, although the candidates differ only in the tags before the word
 * (the last features of the context), and it sorts all 38 probabilities to find the beam's cut-off. Here the
 * shared features are looked up and summed once per word, identical contexts are evaluated once, the cut-off
 * is found without sorting, and the weights are read from {@link MaxentPredicates}' flat arrays. The sums run in OpenNLP's order from the same starting value with
 * {@link StrictMath#exp}, and candidates go through the same priority queues in the same order, so the tags are
 * OpenNLP's bit for bit ({@code PosTaggerTest} compares them over thousands of sentences).
 *
 * <p>Built for the maxent models of OpenNLP 2.5 (a uniform prior, no feature values, tags in Universal
 * Dependencies form); for any other model it hands over to OpenNLP's own tagger. Thread-safe.
 */
final class PosTagger {

    /** OpenNLP's lowest sequence score ({@code BeamSearch}'s {@code zeroLog}). */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    private final ThreadSafePOSTaggerME fallback;
    private final MaxentPredicates parameters;
    private final String[] outcomes;
    private final double uniformLogPrior;
    private final int beam;
    private final SequenceValidator<String> validator;
    /**
     * OpenNLP's context generators keep a per-sentence cache, so a sentence is tagged with one nobody else is
     * using. They are made here, once: making one later would need the model, and keeping the model would keep
     * its weights on the heap a second time (OpenNLP's map of {@link Context} objects beside
     * {@link MaxentPredicates}' flat copy; with the tokenizer's, ~10 MB of live heap after an import).
     */
    private final BlockingQueue<POSContextGenerator> contexts;

    PosTagger(POSModel model) {
        // POSTaggerME searches a maxent model with OpenNLP's BeamSearch; that search is the one done here
        MaxentPredicates.PlainMaxent data = MaxentPredicates.plainMaxent(model.getArtifact("pos.model"));
        boolean plain = data != null && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD;
        this.fallback = plain ? null : new ThreadSafePOSTaggerME(model);
        String beamSize = model.getManifestProperty("BeamSize");
        this.beam = beamSize == null ? 3 : Integer.parseInt(beamSize);
        if (plain) {
            this.parameters = new MaxentPredicates(data.predicates());
            this.outcomes = data.outcomes().clone();
            this.uniformLogPrior = data.uniformLogPrior();
        } else {
            this.parameters = null;
            this.outcomes = null;
            this.uniformLogPrior = Double.NaN;
        }
        this.validator = model.getFactory().getSequenceValidator();
        int generators = plain ? Math.max(4, 2 * Runtime.getRuntime().availableProcessors()) : 0;
        this.contexts = new ArrayBlockingQueue<>(Math.max(1, generators));
        for (int i = 0; i < generators; i++) {
            contexts.add(model.getFactory().getPOSContextGenerator(beam));
        }
    }

    /** False when the model is not one this class computes and OpenNLP's tagger does the work. */
    boolean searchesItself() {
        return fallback == null;
    }

    /** The tag of each token, as {@code POSTaggerME.tag(tokens)} gives them. */
    String[] tag(String[] tokens) {
        if (fallback != null) {
            return fallback.tag(tokens);
        }
        POSContextGenerator generator = take();
        try {
            return tag(tokens, generator);
        } finally {
            contexts.add(generator);
        }
    }

    /** A free context generator; when every one is in use, waits for the first given back. */
    private POSContextGenerator take() {
        try {
            return contexts.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to tag a sentence", e);
        }
    }

    private String[] tag(String[] tokens, POSContextGenerator generator) {
        PriorityQueue<Candidate> previous = new PriorityQueue<>(beam);
        PriorityQueue<Candidate> next = new PriorityQueue<>(beam);
        previous.add(Candidate.ROOT);
        Candidate[] expanded = new Candidate[beam];
        String[][] histories = new String[beam][];
        String[][] features = new String[beam][];
        double[][] probabilities = new double[beam][];
        double[] shared = new double[outcomes.length];
        for (int i = 0; i < tokens.length; i++) {
            int count = 0;
            int limit = Math.min(beam, previous.size());
            while (count < limit && !previous.isEmpty()) {
                expanded[count] = previous.remove();
                histories[count] = expanded[count].outcomes();
                features[count] = generator.getContext(i, tokens, histories[count], NO_ADDITIONAL_CONTEXT);
                count++;
            }
            if (count == 0) {
                break;
            }
            evaluate(features, count, shared, probabilities);
            for (int c = 0; c < count; c++) {
                extend(expanded[c], i, tokens, histories[c], probabilities[c], next);
            }
            previous.clear();
            PriorityQueue<Candidate> swap = previous;
            previous = next;
            next = swap;
        }
        if (previous.isEmpty()) {
            throw new IllegalStateException("No tag sequence scored above the beam's floor");
        }
        return previous.remove().outcomes();
    }

    /** The candidates {@code parent} leads to at word {@code i}, added to {@code next} as OpenNLP adds them. */
    private void extend(Candidate parent, int i, String[] tokens, String[] history, double[] scores,
            PriorityQueue<Candidate> next) {
        double min = cutOff(scores);
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= min) {
                add(parent, i, tokens, history, p, scores[p], next);
            }
        }
        if (next.isEmpty()) { // nothing advanced: advance every valid tag
            for (int p = 0; p < scores.length; p++) {
                add(parent, i, tokens, history, p, scores[p], next);
            }
        }
    }

    private void add(Candidate parent, int i, String[] tokens, String[] history, int outcome, double probability,
            PriorityQueue<Candidate> next) {
        String tag = outcomes[outcome];
        if (validator.validSequence(i, tokens, history, tag)) {
            Candidate candidate = new Candidate(parent, tag, parent.score + StrictMath.log(probability));
            if (candidate.score > MIN_SEQUENCE_SCORE) {
                next.add(candidate);
            }
        }
    }

    /**
     * The probabilities of every tag for each of the {@code count} contexts: the model's log-linear sums over the
     * features, in the contexts' order, then normalised with {@link StrictMath#exp}. The features all contexts
     * open with are summed once; a context equal to an earlier one takes its result.
     */
    private void evaluate(String[][] features, int count, double[] shared, double[][] probabilities) {
        int common = features[0].length;
        for (int c = 1; c < count; c++) {
            int mismatch = Arrays.mismatch(features[0], features[c]);
            if (mismatch >= 0) {
                common = Math.min(common, mismatch);
            }
        }
        Arrays.fill(shared, uniformLogPrior);
        sum(features[0], 0, common, shared);
        for (int c = 0; c < count; c++) {
            double[] probs = null;
            for (int earlier = 0; earlier < c && probs == null; earlier++) {
                if (Arrays.equals(features[earlier], features[c])) {
                    probs = probabilities[earlier];
                }
            }
            if (probs == null) {
                probs = shared.clone();
                sum(features[c], common, features[c].length, probs);
                MaxentPredicates.normalise(probs);
            }
            probabilities[c] = probs;
        }
    }

    /** OpenNLP's {@code ArrayMath.sumFeatures} over {@code features[from, to)}; unknown features add nothing. */
    private void sum(String[] features, int from, int to, double[] sums) {
        for (int f = from; f < to; f++) {
            parameters.add(parameters.find(features[f]), sums);
        }
    }

    /**
     * The value OpenNLP reads from the sorted probabilities, {@code sorted[max(0, length - beam)]}: the
     * {@code beam}-th largest, duplicates counted.
     */
    private double cutOff(double[] scores) {
        int keep = Math.min(beam, scores.length);
        double[] top = new double[keep];
        Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (double score : scores) {
            if (score > top[keep - 1]) {
                int at = keep - 1;
                while (at > 0 && top[at - 1] < score) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = score;
            }
        }
        return top[keep - 1];
    }

    /** A tag sequence on the beam, ordered best first as OpenNLP's {@code Sequence}. */
    private static final class Candidate implements Comparable<Candidate> {

        static final Candidate ROOT = new Candidate(null, null, 0);

        final Candidate parent;
        final String tag;
        final double score;
        final int length;

        Candidate(Candidate parent, String tag, double score) {
            this.parent = parent;
            this.tag = tag;
            this.score = score;
            this.length = parent == null ? 0 : parent.length + 1;
        }

        String[] outcomes() {
            String[] tags = new String[length];
            Candidate at = this;
            for (int i = length - 1; i >= 0; i--) {
                tags[i] = at.tag;
                at = at.parent;
            }
            return tags;
        }

        @Override
        public int compareTo(Candidate other) {
            return Double.compare(other.score, score);
        }
    }
}
