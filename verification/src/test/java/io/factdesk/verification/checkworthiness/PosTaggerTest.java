package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.ingestion.NlpModels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
        PosTagger fast = new PosTagger(models.posModel());
        assertThat(fast.searchesItself()).as("the model is one the tagger computes itself").isTrue();
        POSTaggerME reference = new POSTaggerME(models.posModel());
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        List<String> sentences = new ArrayList<>(OpenNlpCorpus.projectSentences(models));
        sentences.addAll(OpenNlpCorpus.checkThat(FROM_TRAINING, "PosTaggerTest"));
        assertThat(sentences).hasSizeGreaterThan(300);
        for (String sentence : sentences) {
            String[] tokens = tokenizer.tokenize(sentence);
            assertThat(fast.tag(tokens)).as(sentence).containsExactly(reference.tag(tokens));
        }
        System.out.println("PosTaggerTest: " + sentences.size() + " sentences tagged alike");
    }
}
