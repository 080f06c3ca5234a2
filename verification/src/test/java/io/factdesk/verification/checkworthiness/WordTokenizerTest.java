package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.ingestion.NlpModels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/**
 * {@link WordTokenizer} gives exactly the tokens of OpenNLP's {@code TokenizerME}: over the seed articles, the
 * Ukrainian demo article and the wire sentences (whole and as the segmenter's units, each as written, upper-cased
 * and lower-cased), odd inputs, and, when the shared datasets are present, every sentence of the CheckThat 2024
 * check-worthiness training split and dev, as written and lower-cased.
 */
class WordTokenizerTest {

    @Test
    void tokensAreOpenNlpsOverTheSeedsTheWireSentencesAndTheTrainingData() throws IOException {
        NlpModels models = NlpModels.english();
        TokenizerModel model = models.readTokenizerModel();
        WordTokenizer fast = new WordTokenizer(model);
        assertThat(fast.searchesItself()).as("the model is one the tokenizer computes itself").isTrue();
        TokenizerME reference = new TokenizerME(model);
        List<String> texts = new ArrayList<>(OpenNlpCorpus.projectTexts());
        texts.addAll(texts.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
        texts.addAll(OpenNlpCorpus.projectSentences(models));
        for (String sentence : OpenNlpCorpus.checkThat(Integer.MAX_VALUE, "WordTokenizerTest")) {
            texts.add(sentence);
            texts.add(sentence.toLowerCase(Locale.ROOT));
        }
        texts.addAll(List.of("", " ", "\t\n", "a", "ab", "&amp;", "&;", "a&b;", "“Quoted,” he said…",
                "U.S.-backed e.g. i.e. Mr. Dr.Smith", "$3.5bn (£2.8bn) 1,000.50 50% 9/11 24/7 10:30",
                "Zelenskiy’s “peace plan” — 28 points", "naïve café déjà-vu ＡＢＣ", "x\u00a0y\u2009z\u200bw",
                "emoji 🇺🇦 and 😀 surrogate pairs", "(((nested))) [brackets] {braces}", "??!! ... ---", "don't can't won't",
                "#AustralianFires real Donald Trump https://t.co/abc @user", "Президент України заявив."));
        int tokens = 0;
        for (String text : texts) {
            String[] expected = reference.tokenize(text);
            assertThat(fast.tokenize(text)).as(text).containsExactly(expected);
            tokens += expected.length;
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        System.out.println("WordTokenizerTest: " + texts.size() + " texts, " + tokens + " tokens alike");
    }

    @Test
    void aModelItDoesNotComputeGoesToOpenNlp() throws IOException {
        TokenizerModel shortcut = new TokenizerModel(NlpModels.english().readTokenizerModel().getMaxentModel(),
                java.util.Map.of(), new opennlp.tools.tokenize.TokenizerFactory("en", null, true, null));
        WordTokenizer tokenizer = new WordTokenizer(shortcut);

        assertThat(tokenizer.searchesItself()).isFalse();
        assertThat(tokenizer.tokenize("Kyiv, he said.")).containsExactly(new TokenizerME(shortcut)
                .tokenize("Kyiv, he said."));
    }
}
