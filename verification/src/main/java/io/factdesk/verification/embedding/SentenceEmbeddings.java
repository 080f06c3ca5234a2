package io.factdesk.verification.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings computed in-process with the quantised all-MiniLM-L6-v2 ONNX model that ships inside a Maven
 * jar: nothing is downloaded at run time. Vectors are L2-normalised, so the dot product is the cosine similarity.
 * One session per JVM ({@link OneThreadModel}, one thread per run): loading it costs about a second and ~100 MB, and
 * ONNX Runtime sessions are thread-safe. LangChain4j's model class is loaded only for a text longer than one run
 * takes (over 512 word pieces), which it embeds in windows.
 */
public final class SentenceEmbeddings {

    /** Name stored next to each vector, so rows can be re-embedded when the model changes. */
    public static final String MODEL = "all-minilm-l6-v2-q";
    /** Version of the artifact that carries the model weights. */
    public static final String VERSION = "1.19.0-beta29";
    public static final int DIMENSIONS = 384;

    private static final class Holder {
        // Lazy: only a text over 512 word pieces loads it.
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private SentenceEmbeddings() {
    }

    /** The L2-normalised embedding of one text, computed in the calling thread. */
    public static float[] embed(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text cannot be null or blank"); // as LangChain4j's model says
        }
        float[] vector = OneThreadModel.embed(text);
        return vector != null ? normalised(vector) : embedByLangChain4j(text);
    }

    /**
     * Embeddings of several texts, in order: this thread and the common fork-join pool share them, one text per
     * model run, so a few texts use the free cores and two callers never wait on each other's threads.
     */
    public static List<float[]> embedAll(List<String> texts) {
        return texts.parallelStream().map(SentenceEmbeddings::embed).toList();
    }

    /**
     * LangChain4j's own model class and session: for texts over one run's 512 word pieces (it embeds them in
     * windows), and for tests, as {@link OneThreadModel} must match it.
     */
    static float[] embedByLangChain4j(String text) {
        return normalised(Holder.MODEL.embed(text).content().vector());
    }

    /** Cosine similarity of two normalised vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
