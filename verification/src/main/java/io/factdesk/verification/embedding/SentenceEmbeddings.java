package io.factdesk.verification.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings computed in-process with the quantised all-MiniLM-L6-v2 ONNX model that ships inside a Maven
 * jar: nothing is downloaded at run time. Vectors are L2-normalised, so the dot product is the cosine similarity.
 * One model instance per JVM: loading it costs about a second and ~100 MB, and ONNX Runtime sessions are thread-safe.
 */
public final class SentenceEmbeddings {

    /** Name stored next to each vector, so rows can be re-embedded when the model changes. */
    public static final String MODEL = "all-minilm-l6-v2-q";
    /** Version of the artifact that carries the model weights. */
    public static final String VERSION = "1.19.0-beta29";
    public static final int DIMENSIONS = 384;

    private static final class Holder {
        // Lazy: the JVM loads the model on first use, not when the class is touched.
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private SentenceEmbeddings() {
    }

    /** The L2-normalised embedding of one text. */
    public static float[] embed(String text) {
        return normalised(Holder.MODEL.embed(text).content().vector());
    }

    /** Embeddings of several texts, in order; faster per text than one call each. */
    public static List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return Holder.MODEL.embedAll(segments).content().stream().map(e -> normalised(e.vector())).toList();
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
