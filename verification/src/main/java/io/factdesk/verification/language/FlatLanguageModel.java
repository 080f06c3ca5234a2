package io.factdesk.verification.language;

import io.factdesk.verification.ingestion.MaxentPredicates;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.Context;

/**
 * OpenNLP's language detector ({@code LanguageDetectorME.predictLanguages}) over a flat copy of its model. OpenNLP
 * keeps the model's 145,895 character n-grams as a hash map of {@link Context} objects, ~45 MB of heap for the life
 * of the process; {@link MaxentPredicates} holds the same weights in ~22 MB of arrays, and the OpenNLP model is
 * dropped once copied. The languages come out in OpenNLP's order with OpenNLP's probabilities, bit for bit: the
 * same n-grams from the model's own context generator, summed in the order OpenNLP sums them (the iteration order
 * of a {@link HashMap} filled in the generator's order), from the same uniform prior, exponentiated with
 * {@link StrictMath#exp} and sorted by the same stable sort ({@code FlatLanguageModelTest} compares them).
 *
 * <p>Built for a plain maxent model ({@link MaxentPredicates#plainMaxent}); for any other it hands over to
 * OpenNLP's detector.
 * Thread-safe: the context generator keeps no state between calls.
 */
final class FlatLanguageModel {

    private final LanguageDetectorModel fallback;
    private final LanguageDetectorContextGenerator contexts;
    private final MaxentPredicates parameters;
    private final String[] languages;
    private final double uniformLogPrior;

    FlatLanguageModel(LanguageDetectorModel model) {
        MaxentPredicates.PlainMaxent data = MaxentPredicates.plainMaxent(model.getMaxentModel());
        this.contexts = model.getFactory().getContextGenerator();
        if (data != null) {
            this.fallback = null;
            this.parameters = new MaxentPredicates(data.predicates());
            this.languages = data.outcomes().clone();
            this.uniformLogPrior = data.uniformLogPrior();
        } else {
            this.fallback = model;
            this.parameters = null;
            this.languages = null;
            this.uniformLogPrior = Double.NaN;
        }
    }

    /** False when the model is not one this class computes and OpenNLP's detector does the work. */
    boolean computesItself() {
        return fallback == null;
    }

    /** Every language of the model, most probable first, as {@code LanguageDetectorME.predictLanguages} ranks them. */
    Language[] predictLanguages(CharSequence text) {
        if (fallback != null) {
            return new LanguageDetectorME(fallback).predictLanguages(text);
        }
        // OpenNLP counts the n-grams in a HashMap and evaluates its keys in the map's order, each with value 1
        Map<CharSequence, Boolean> distinct = new HashMap<>();
        for (CharSequence gram : contexts.getContext(text)) {
            distinct.putIfAbsent(gram, Boolean.TRUE);
        }
        double[] sums = new double[languages.length];
        Arrays.fill(sums, uniformLogPrior);
        for (CharSequence gram : distinct.keySet()) {
            parameters.add(parameters.find(gram.toString()), sums);
        }
        MaxentPredicates.normalise(sums);
        Language[] ranked = new Language[sums.length];
        for (int o = 0; o < sums.length; o++) {
            ranked[o] = new Language(languages[o], sums[o]);
        }
        Arrays.sort(ranked, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return ranked;
    }
}
