package io.factdesk.verification.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings computed in-process with the quantised all-MiniLM-L6-v2 ONNX model that ships inside a Maven
 * jar: nothing is downloaded at run time. Vectors are L2-normalised, so the dot product is the cosine similarity.
 * One model instance per JVM: loading it costs about a second and ~100 MB, and ONNX Runtime sessions are thread-safe.
 * The vectors are LangChain4j's (same model file, tokenizer and mean pooling); {@link MiniLmEncoder} only runs the
 * model on many sentences at once.
 */
public final class SentenceEmbeddings {

    /** Name stored next to each vector, so rows can be re-embedded when the model changes. */
    public static final String MODEL = "all-minilm-l6-v2-q";
    /** Version of the artifact that carries the model weights. */
    public static final String VERSION = "1.19.0-beta29";
    public static final int DIMENSIONS = 384;

    private static final class Holder {
        // Lazy: the JVM loads the model on first use, not when the class is touched.
        static final MiniLmEncoder ENCODER = new MiniLmEncoder();
    }

    /** LangChain4j's own model, loaded only for a text too long for one model run (it splits such texts). */
    private static final class LongTexts {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private SentenceEmbeddings() {
    }

    /** The L2-normalised embedding of one text. */
    public static float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /**
     * Embeddings of several texts, in order: each text tokenised once, texts of similar length run through the
     * model together (much faster per text than one call each, as an article's sentences are).
     *
     * @throws IllegalArgumentException for an empty or whitespace-only text, as LangChain4j does
     */
    public static List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        float[][] pooled = Holder.ENCODER.encode(texts);
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < pooled.length; i++) {
            float[] vector = pooled[i] != null ? pooled[i]
                    : LongTexts.MODEL.embed(TextSegment.from(texts.get(i))).content().vector();
            out.add(normalised(vector));
        }
        return out;
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
