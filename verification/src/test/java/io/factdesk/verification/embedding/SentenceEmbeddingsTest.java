package io.factdesk.verification.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.Segmenter;
import io.factdesk.verification.ingestion.TextUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceEmbeddingsTest {

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        List<float[]> v = SentenceEmbeddings.embedAll(List.of(
                "Zelensky stole US aid money",
                "Zelenskyy embezzled 400 million dollars of U.S. aid meant for diesel fuel",
                "The central bank kept interest rates unchanged on Thursday"));

        assertThat(v).allSatisfy(e -> assertThat(e).hasSize(SentenceEmbeddings.DIMENSIONS));
        assertThat(SentenceEmbeddings.cosine(v.get(0), v.get(1)))
                .isGreaterThan(SentenceEmbeddings.cosine(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void vectorsAreNormalisedAndMatchSingleCalls() {
        float[] one = SentenceEmbeddings.embed("Starlink service is now active in Ukraine");
        float[] batch = SentenceEmbeddings.embedAll(List.of("Starlink service is now active in Ukraine")).get(0);

        assertThat(SentenceEmbeddings.cosine(one, one)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(SentenceEmbeddings.cosine(one, batch)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void vectorsAreBitForBitThoseOfLangChain4jsModel() {
        Segmenter segmenter = new Segmenter(NlpModels.english());
        List<String> texts = new ArrayList<>();
        for (String file : DemoArticles.FILES) {
            segmenter.segment(DemoArticles.read(file)).stream().map(TextUnit::text).forEach(texts::add);
        }
        texts.addAll(texts.stream().limit(40).map(t -> t.toUpperCase(Locale.ROOT)).toList());
        texts.addAll(wireSentences());
        texts.addAll(List.of("Zelenskiy’s “peace plan” — 28 points, £3.5bn, 50 % more.", "Ok.",
                "Президент України заявив, що зустріч відбулася 19 листопада.", "naïve café déjà-vu ＡＢＣ",
                "#AustralianFires real Donald Trump https t co", "word ".repeat(700)));

        List<float[]> ours = SentenceEmbeddings.embedAll(texts);

        assertThat(texts).hasSizeGreaterThan(200);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(ours.get(i)).as(texts.get(i)).containsExactly(SentenceEmbeddings.embedByLangChain4j(texts.get(i)));
        }
        assertThatThrownBy(() -> SentenceEmbeddings.embed(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoCallersAtOnceGetEachTextsOwnVectorInOrder() throws Exception {
        List<String> texts = wireSentences().subList(0, 24);
        List<float[]> single = texts.stream().map(SentenceEmbeddings::embed).toList();
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<float[]>>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                List<String> part = i % 2 == 0 ? texts : texts.subList(5, 17);
                runs.add(callers.submit(() -> SentenceEmbeddings.embedAll(part)));
            }
            for (int i = 0; i < runs.size(); i++) {
                List<float[]> expected = i % 2 == 0 ? single : single.subList(5, 17);
                List<float[]> got = runs.get(i).get();
                assertThat(got).hasSameSizeAs(expected);
                for (int t = 0; t < got.size(); t++) {
                    assertThat(got.get(t)).containsExactly(expected.get(t));
                }
            }
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void aBlankTextAmongSeveralFailsTheCall() {
        assertThatThrownBy(() -> SentenceEmbeddings.embedAll(List.of("One sentence here.", " ", "And another.")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SentenceEmbeddings.embedAll(List.of())).isEmpty();
    }

    /** The labelled wire-style sentences (sourcing/wire-labels.tsv): news text other than the seeds. */
    private static List<String> wireSentences() {
        ClassLoader loader = SentenceEmbeddingsTest.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("sourcing/wire-labels.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(line.indexOf('\t') + 1).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
