package io.factdesk.verification.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.Segmenter;
import io.factdesk.verification.ingestion.TextNormaliser;
import io.factdesk.verification.ingestion.TextUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The word gates in front of the sourcing patterns only save time: over the seed articles, the Ukrainian demo
 * article and the labelled wire sentences (each also in upper and lower case), the flags with gates are exactly
 * those without, and every match of every pattern contains the words its gate asks for.
 */
class SourcingGatesTest {

    /** A sentence as the flagger sees it: the normalised article text and the sentence's offsets. */
    private record Sentence(String text, int start, int end) {
        String words() {
            return text.substring(start, end);
        }
    }

    private static final List<Sentence> SENTENCES = new ArrayList<>();

    @BeforeAll
    static void readCorpus() {
        List<String> texts = new ArrayList<>();
        SeedArticles.FILES.forEach(file -> texts.add(SeedArticles.read(file)));
        texts.add(resource("demo/articles/uk/100_ukrainian_drone_deal.txt"));
        Segmenter segmenter = new Segmenter(NlpModels.english());
        for (String raw : texts) {
            for (String cased : List.of(raw, raw.toUpperCase(Locale.ROOT), raw.toLowerCase(Locale.ROOT))) {
                String text = TextNormaliser.normalise(cased);
                for (TextUnit unit : segmenter.segment(text)) {
                    SENTENCES.add(new Sentence(text, unit.start(), unit.end()));
                }
            }
        }
        for (String line : resource("sourcing/wire-labels.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String sentence = line.substring(line.indexOf('\t') + 1).strip();
            for (String cased : List.of(sentence, sentence.toUpperCase(Locale.ROOT), sentence.toLowerCase(Locale.ROOT))) {
                SENTENCES.add(new Sentence(cased, 0, cased.length()));
            }
        }
    }

    @Test
    void theCorpusIsTheOneMeant() {
        assertThat(SENTENCES.size()).isGreaterThan(400);
        assertThat(SENTENCES.stream().filter(s -> !new SourcingFlagger().flagSentence(s.text(), s.start(),
                s.end()).isEmpty()).count()).isGreaterThan(100);
    }

    @Test
    void flagsWithGatesAreExactlyTheFlagsWithout() {
        SourcingFlagger gated = new SourcingFlagger();
        SourcingFlagger ungated = new SourcingFlagger(false);
        for (Sentence s : SENTENCES) {
            assertThat(gated.flagSentence(s.text(), s.start(), s.end()))
                    .as(s.words())
                    .isEqualTo(ungated.flagSentence(s.text(), s.start(), s.end()));
        }
    }

    @Test
    void everyPatternHasAGate() {
        assertThat(PhrasePatterns.ANONYMOUS_GATES).hasSameSizeAs(PhrasePatterns.ANONYMOUS);
        assertThat(PhrasePatterns.VAGUE_GATES).hasSameSizeAs(PhrasePatterns.VAGUE);
        assertThat(PhrasePatterns.HEDGE_GATES).hasSameSizeAs(PhrasePatterns.HEDGES);
        assertThat(AttributionFinder.GATES).hasSameSizeAs(AttributionFinder.PATTERNS);
    }

    @Test
    void everyMatchContainsTheWordsItsGateNeeds() {
        assertGatesHold(PhrasePatterns.ANONYMOUS, PhrasePatterns.ANONYMOUS_GATES);
        assertGatesHold(PhrasePatterns.VAGUE, PhrasePatterns.VAGUE_GATES);
        assertGatesHold(PhrasePatterns.HEDGES, PhrasePatterns.HEDGE_GATES);
        assertGatesHold(AttributionFinder.PATTERNS, AttributionFinder.GATES);
    }

    @Test
    void gatesShutOutSentencesWithoutTheirWords() {
        String plain = "The committee will meet on Tuesday to discuss the budget.";
        assertThat(Gate.of("anonymity").admits(Gate.fold(plain))).isFalse();
        assertThat(Gate.of("who").and("named").admits(Gate.fold("Who was there?"))).isFalse();
        assertThat(Gate.of("who").and("named").admits(Gate.fold("WHO NAMED IT?"))).isTrue();
        // Characters RE2 takes as "s" and "k" ignoring case fold to them here too.
        assertThat(Gate.fold("ſAID \u212Aey")).isEqualTo("said key");
    }

    private static void assertGatesHold(List<Pattern> patterns, List<Gate> gates) {
        int matches = 0;
        for (int i = 0; i < patterns.size(); i++) {
            for (Sentence s : SENTENCES) {
                Matcher m = patterns.get(i).matcher(s.words());
                while (m.find()) {
                    matches++;
                    assertThat(gates.get(i).admits(Gate.fold(m.group())))
                            .as("pattern %d, gate %s, match \"%s\"", i + 1, gates.get(i), m.group()).isTrue();
                }
            }
        }
        assertThat(matches).isPositive();
    }

    private static String resource(String name) {
        try (InputStream in = SourcingGatesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
