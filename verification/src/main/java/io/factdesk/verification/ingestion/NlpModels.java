package io.factdesk.verification.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (UD English Web Treebank 1.3, trained with OpenNLP 2.5.4), from the model jars
 * on the classpath: the sentence model read once and kept, the lemmatizer's on first use, the tokenizer's and
 * tagger's read on request and not kept (their one user copies them). Models are immutable and thread-safe; the ME
 * wrappers around them are not, so callers create those per use (cheap) or use the ThreadSafe variants.
 */
public final class NlpModels {

    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile NlpModels english;

    private final SentenceModel sentenceModel;
    /** Loaded on first use: the check-worthiness features no longer need it (~0.3 s and ~10 MB saved). */
    private volatile LemmatizerModel lemmatizerModel;

    private NlpModels() {
        sentenceModel = load(SENTENCES, SentenceModel::new);
    }

    /** The English models, loaded on first use and shared by every caller in the JVM. */
    public static NlpModels english() {
        NlpModels local = english;
        if (local == null) {
            synchronized (NlpModels.class) {
                local = english;
                if (local == null) {
                    local = new NlpModels();
                    english = local;
                }
            }
        }
        return local;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    /**
     * The tokenizer model, read anew on every call and not kept here: the check-worthiness features copy its
     * weights into flat arrays once, and keeping OpenNLP's form as well would hold them twice.
     */
    public TokenizerModel readTokenizerModel() {
        return load(TOKENS, TokenizerModel::new);
    }

    /** The part-of-speech model, read anew on every call and not kept here, as {@link #readTokenizerModel}. */
    public POSModel readPosModel() {
        return load(POS, POSModel::new);
    }

    public LemmatizerModel lemmatizerModel() {
        LemmatizerModel local = lemmatizerModel;
        if (local == null) {
            synchronized (this) {
                local = lemmatizerModel;
                if (local == null) {
                    local = load(LEMMAS, LemmatizerModel::new);
                    lemmatizerModel = local;
                }
            }
        }
        return local;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenNLP model " + resource, e);
        }
    }
}
