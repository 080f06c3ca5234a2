package io.factdesk.verification.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
     * Embeddings of several texts, in order: this thread and one task in the common fork-join pool take the texts
     * one by one, so a free core helps with an article's sentences. Nobody spins: when the pool's thread is busy
     * elsewhere (two imports at once on two cores) this thread embeds every text, withdraws the task that never
     * started, and waits only for a text the task has already begun. A parallel stream did the same work but its
     * caller spun in the pool while the other caller's texts ran, some tenth of the analysing threads' CPU.
     */
    public static List<float[]> embedAll(List<String> texts) {
        if (texts.size() < 2) {
            return texts.stream().map(SentenceEmbeddings::embed).toList();
        }
        Shared work = new Shared(texts);
        ForkJoinPool.commonPool().execute(work::help);
        try {
            work.take();
        } finally {
            work.next.set(texts.size()); // after a failure the helper takes no further text
        }
        work.awaitHelper();
        return List.of(work.vectors);
    }

    /** The texts of one {@link #embedAll} call, taken one at a time by its caller and at most one pooled helper. */
    private static final class Shared {

        final List<String> texts;
        final float[][] vectors;
        final AtomicInteger next = new AtomicInteger();
        /** Set by the helper as it starts, or by the caller to withdraw a helper that has not started. */
        final AtomicBoolean claimed = new AtomicBoolean();
        final CountDownLatch helped = new CountDownLatch(1);
        volatile RuntimeException failure;

        Shared(List<String> texts) {
            this.texts = texts;
            this.vectors = new float[texts.size()][];
        }

        void take() {
            for (int i = next.getAndIncrement(); i < vectors.length; i = next.getAndIncrement()) {
                vectors[i] = embed(texts.get(i));
            }
        }

        void help() {
            if (!claimed.compareAndSet(false, true)) {
                return; // withdrawn: the caller did every text
            }
            try {
                take();
            } catch (RuntimeException | Error e) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            } finally {
                helped.countDown();
            }
        }

        /** Withdraws the helper if it never started, else waits (parked, not spinning) for its last text. */
        void awaitHelper() {
            if (claimed.compareAndSet(false, true)) {
                return;
            }
            boolean interrupted = false;
            while (true) {
                try {
                    helped.await(); // the helper writes into this call's vectors: wait for it even if interrupted
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
        }
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
