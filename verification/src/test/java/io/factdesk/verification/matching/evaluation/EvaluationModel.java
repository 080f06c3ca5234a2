package io.factdesk.verification.matching.evaluation;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import java.util.List;

/**
 * The embedding model the evaluation measures: the application's (all-MiniLM-L6-v2) unless
 * {@code -Dfactdesk.matching.model=BGE_SMALL} names the candidate compared with it (docs/verification-aids.md).
 */
enum EvaluationModel {

    MINILM(SentenceEmbeddings.MODEL + "-" + SentenceEmbeddings.VERSION, "") {
        @Override
        List<float[]> embedAll(List<String> texts) {
            return SentenceEmbeddings.embedAll(texts);
        }
    },
    /**
     * bge-small-en-v1.5, quantised, from a jar built for LangChain4j 1.11 whose model class runs on the 1.19
     * runtime (CLS pooling, normalised vectors). BGE's instruction goes before a query for asymmetric retrieval.
     */
    BGE_SMALL("bge-small-en-v1.5-q-1.11.0-beta19", "Represent this sentence for searching relevant passages: ") {
        @Override
        List<float[]> embedAll(List<String> texts) {
            List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
            return Bge.MODEL.embedAll(segments).content().stream().map(e -> e.vector()).toList();
        }
    };

    private static final class Bge {
        static final EmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    /** Names the model and version in cache files. */
    final String key;
    /** What goes before a query when queries are instructed ({@code -Dfactdesk.matching.instruct=true}). */
    final String queryInstruction;

    EvaluationModel(String key, String queryInstruction) {
        this.key = key;
        this.queryInstruction = queryInstruction;
    }

    /** L2-normalised embeddings of the texts, in order. */
    abstract List<float[]> embedAll(List<String> texts);

    static EvaluationModel current() {
        return valueOf(System.getProperty("factdesk.matching.model", MINILM.name()));
    }
}
