package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.verification.embedding.SentenceEmbeddings;
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

class UnitEmbeddingsTest {

    @Test
    void vectorsAreBitForBitThoseOfTheSharedModel() {
        Segmenter segmenter = new Segmenter(NlpModels.english());
        List<String> texts = new ArrayList<>();
        for (String file : DemoArticles.FILES) {
            segmenter.segment(DemoArticles.read(file)).stream().map(TextUnit::text).forEach(texts::add);
        }
        texts.addAll(texts.stream().limit(40).map(t -> t.toUpperCase(Locale.ROOT)).toList());
        texts.addAll(wireSentences());
        texts.addAll(List.of("Zelenskiy’s “peace plan” — 28 points, £3.5bn, 50 % more.", "Ok.",
                "Президент України заявив, що зустріч відбулася 19 листопада.", "naïve café déjà-vu ＡＢＣ",
                "word ".repeat(700)));

        List<float[]> ours = UnitEmbeddings.embedAll(texts);
        List<float[]> shared = SentenceEmbeddings.embedAll(texts);

        assertThat(texts).hasSizeGreaterThan(200);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(ours.get(i)).as(texts.get(i)).containsExactly(shared.get(i));
        }
    }

    /** The labelled wire-style sentences (sourcing/wire-labels.tsv): news text other than the seeds. */
    private static List<String> wireSentences() {
        ClassLoader loader = UnitEmbeddingsTest.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("sourcing/wire-labels.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(line.indexOf('\t') + 1).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
