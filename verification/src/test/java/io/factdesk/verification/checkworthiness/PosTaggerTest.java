package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.Collected;
import io.factdesk.verification.ingestion.NlpModels;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * {@link PosTagger} gives exactly the tags of OpenNLP's {@code POSTaggerME}: over the seed articles, the Ukrainian
 * demo article and the wire sentences (each as written, upper-cased and lower-cased), and, when the shared datasets
 * are present ({@code -Dfactdesk.datasets=<folder>}, else {@code ../shared/datasets}), over the first
 * {@value #FROM_TRAINING} sentences of the CheckThat 2024 check-worthiness training split and all of dev.
 */
class PosTaggerTest {

    static final int FROM_TRAINING = 8000;

    @Test
    void tagsAreOpenNlpsOverTheSeedsTheWireSentencesAndTheTrainingData() throws IOException {
        NlpModels models = NlpModels.english();
        POSModel model = models.readPosModel();
        PosTagger fast = new PosTagger(model);
        assertThat(fast.searchesItself()).as("the model is one the tagger computes itself").isTrue();
        POSTaggerME reference = new POSTaggerME(model);
        TokenizerME tokenizer = new TokenizerME(models.readTokenizerModel());
        List<String> sentences = new ArrayList<>(OpenNlpCorpus.projectSentences(models));
        sentences.addAll(OpenNlpCorpus.checkThat(FROM_TRAINING, "PosTaggerTest"));
        assertThat(sentences).hasSizeGreaterThan(300);
        for (String sentence : sentences) {
            String[] tokens = tokenizer.tokenize(sentence);
            assertThat(fast.tag(tokens)).as(sentence).containsExactly(reference.tag(tokens));
        }
        System.out.println("PosTaggerTest: " + sentences.size() + " sentences tagged alike");
    }

    @Test
    void threadsTaggingAtOnceGetTheTagsOfOneThread() throws Exception {
        NlpModels models = NlpModels.english();
        PosTagger tagger = new PosTagger(models.readPosModel());
        TokenizerME tokenizer = new TokenizerME(models.readTokenizerModel());
        List<String[]> sentences = OpenNlpCorpus.projectSentences(models).stream().map(tokenizer::tokenize).toList();
        List<String[]> expected = sentences.stream().map(tagger::tag).toList();
        int threads = 4 * Runtime.getRuntime().availableProcessors() + 3; // more than the tagger has generators
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < sentences.size(); i++) {
                        int at = (i + offset * 7) % sentences.size();
                        if (!Arrays.equals(tagger.tag(sentences.get(at)), expected.get(at))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(5, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTaggerDoesNotKeepOpenNlpsModel() throws InterruptedException {
        POSModel model = NlpModels.english().readPosModel();
        WeakReference<POSModel> held = new WeakReference<>(model);
        PosTagger tagger = new PosTagger(model);
        model = null;
        assertThat(Collected.after(held)).as("the model's weights are kept once, in the tagger's flat arrays").isNull();
        assertThat(tagger.tag(new String[] {"Kyiv", "signed", "the", "deal", "."})).hasSize(5);
    }
}
