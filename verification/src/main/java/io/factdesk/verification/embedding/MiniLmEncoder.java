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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the all-MiniLM-L6-v2 ONNX model that ships in LangChain4j's jar on many texts in the calling thread: all
 * texts tokenised in one call, then one model run per text and the token vectors mean-pooled. That is what
 * LangChain4j computes for a text of up to {@link #MAX_TOKENS} tokens (mean of all token vectors, special tokens
 * included), without tokenising each text twice and without handing every text to a thread pool. Longer texts are
 * left to LangChain4j, which splits them.
 *
 * <p>Texts are not padded into shared runs: the model is quantised with dynamic quantisation, whose scale is taken
 * over the whole input, so a sentence run beside others gets a slightly different vector (cosine ~0.99) and would
 * score differently depending on its neighbours.
 */
final class MiniLmEncoder {

    /** LangChain4j's limit per model run, special tokens excluded. */
    static final int MAX_TOKENS = 510;
    private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    MiniLmEncoder() {
        try (InputStream model = resource(MODEL_RESOURCE); InputStream vocabulary = resource(TOKENIZER_RESOURCE)) {
            environment = OrtEnvironment.getEnvironment();
            session = environment.createSession(model.readAllBytes(), new OrtSession.SessionOptions());
            typeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model", e);
        }
    }

    /**
     * Mean-pooled, not yet normalised vectors of {@code texts}, in order; {@code null} for a text that is longer
     * than {@link #MAX_TOKENS} tokens or has none.
     */
    float[][] encode(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts, true, false);
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < encodings.length; i++) {
            int length = encodings[i].getIds().length;
            if (length > 2 && length <= MAX_TOKENS + 2) {
                vectors[i] = run(encodings[i]);
            }
        }
        return vectors;
    }

    /** One model run over one text; its mean-pooled vector. */
    private float[] run(Encoding encoding) {
        long[] shape = {1, encoding.getIds().length};
        try (OnnxTensor ids = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getIds()), shape);
                OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()),
                        shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()),
                        shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", ids);
            inputs.put("attention_mask", mask);
            if (typeIds) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return meanPool(((float[][][]) result.get(0).getValue())[0]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The embedding model failed", e);
        }
    }

    private static float[] meanPool(float[][] tokens) {
        float[] sum = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += token[d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= tokens.length;
        }
        return sum;
    }
    private static InputStream resource(String name) {
        InputStream in = MiniLmEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name + " (the langchain4j model jar)");
        }
        return in;
    }
}
