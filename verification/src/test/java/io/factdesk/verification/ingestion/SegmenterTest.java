package io.factdesk.verification.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.factdesk.verification.SeedArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter(NlpModels.english());

    private List<TextUnit> units(String raw) {
        return segmenter.segment(TextNormaliser.normalise(raw));
    }

    private static List<String> texts(List<TextUnit> units) {
        return units.stream().map(TextUnit::text).toList();
    }

    @Test
    void joinsSentenceBrokenAfterUsBeforePresident() {
        List<TextUnit> units = units(SeedArticles.byNumber("000"));

        assertThat(texts(units)).contains("According to Svyridenko, the decision to pursue this collaboration was made"
                + " directly by the heads of state—Ukrainian President Vladimir Zelensky and newly reelected U.S."
                + " President Donald Trump.");
        assertThat(texts(units)).noneMatch(t -> t.startsWith("President Donald Trump."));
    }

    @Test
    void theFirstLineOfAPastedArticleIsItsHeadlineInSentenceCaseToo() {
        List<TextUnit> units = units("Trump set to meet Zelenskiy as peace push intensifies\n"
                + "KYIV/WASHINGTON (Reuters) - President Donald Trump is set to meet Ukrainian President Volodymyr "
                + "Zelenskiy on Friday. The talks follow weeks of shuttle diplomacy.");

        assertThat(units.get(0).kind()).isEqualTo(UnitKind.HEADING);
        assertThat(units.get(0).text()).isEqualTo("Trump set to meet Zelenskiy as peace push intensifies");
        assertThat(units.get(1).text()).startsWith("KYIV/WASHINGTON (Reuters) - President Donald Trump");
    }

    @Test
    void aHardWrappedFirstSentenceIsNotTakenForAHeadline() {
        List<TextUnit> units = units("President Donald Trump is set to meet Ukrainian President and\n"
                + "Volodymyr Zelenskiy on Friday, officials said.");

        assertThat(units).singleElement().satisfies(u -> assertThat(u.kind()).isEqualTo(UnitKind.SENTENCE));
    }

    @Test
    void joinsSentenceBrokenAcrossBlankLineAfterUs() {
        List<TextUnit> units = units(SeedArticles.byNumber("003"));

        assertThat(texts(units)).anyMatch(t -> t.startsWith("Adding to the geopolitical chessboard, former U.S."
                + " President Donald Trump has made a surprising return"));
    }

    @Test
    void offsetsPointIntoTheNormalisedText() {
        String text = TextNormaliser.normalise(SeedArticles.byNumber("003"));
        for (TextUnit unit : segmenter.segment(text)) {
            assertThat(text.substring(unit.start(), unit.end()).replaceAll("\\s+", " ")).isEqualTo(unit.text());
        }
    }

    @Test
    void splitsAfterClosingCurlyQuoteFollowedByNewSentence() {
        List<TextUnit> units = units(SeedArticles.byNumber("003"));

        assertThat(texts(units)).contains("Ukrainian President Volodymyr Zelensky has confirmed that a landmark"
                + " defense agreement is on the verge of being signed with European partners, a move he described as"
                + " a ‘completely new agreement on our defense capabilities.’");
        assertThat(texts(units)).anyMatch(t -> t.startsWith("In a recent post on his Telegram channel"));
    }

    @Test
    void keepsQuotedClauseAndAttributionTogether() {
        List<TextUnit> units = units(SeedArticles.byNumber("003"));

        assertThat(texts(units)).contains("‘We can’t let the war drag on for another year,’ one Republican senator"
                + " said, ‘but we also can’t give Putin a free pass.’");
    }

    @Test
    void marksSentencesInsideAQuotationThatSpansSentences() {
        List<TextUnit> units = units(SeedArticles.byNumber("002"));

        TextUnit opening = find(units, "Zelensky stated, \"Today, we addressed the situation");
        TextUnit inside = find(units, "President Trump is well-informed");
        TextUnit closing = find(units, "We discussed air defense possibilities");
        TextUnit after = find(units, "Zelensky further noted");
        assertThat(opening.insideQuotation()).isFalse();
        assertThat(inside.insideQuotation()).isTrue();
        assertThat(closing.insideQuotation()).isTrue();
        assertThat(after.insideQuotation()).isFalse();
    }

    @Test
    void marksSentencesInsideUkrainianGuillemetsAndLowHighQuotes() {
        List<TextUnit> units = segmenter.segment("Свириденко сказала: «Угода готова. Підпис буде завтра. Усе "
                + "погоджено». Далі журналісти запитали про суму. Посол відповів: „Сума велика. Деталі згодом“. "
                + "Як повідомляє видання «Економічна правда», група вже зібралася.");

        assertThat(units).extracting(TextUnit::text, TextUnit::insideQuotation).containsExactly(
                tuple("Свириденко сказала: «Угода готова.", false),
                tuple("Підпис буде завтра.", true),
                tuple("Усе погоджено».", true),
                tuple("Далі журналісти запитали про суму.", false),
                tuple("Посол відповів: „Сума велика.", false),
                tuple("Деталі згодом“.", true),
                tuple("Як повідомляє видання «Економічна правда», група вже зібралася.", false));
    }

    @Test
    void keepsAUkrainianQuotedClauseAndItsAttributionTogether() {
        List<TextUnit> units = segmenter.segment("«Ми говоримо про спільне виробництво», — сказала Свириденко "
                + "журналістам. У 2024 р. бюджет становив 40 млрд. грн. на рік.");

        assertThat(texts(units)).containsExactly(
                "«Ми говоримо про спільне виробництво», — сказала Свириденко журналістам.",
                "У 2024 р. бюджет становив 40 млрд. грн. на рік.");
    }

    @Test
    void straightSingleQuotesEndASentenceBeforeTheNextOne() {
        List<TextUnit> units = units(SeedArticles.byNumber("001"));

        assertThat(texts(units)).anyMatch(t -> t.endsWith("your drones are the best today.'"));
        assertThat(texts(units)).anyMatch(t -> t.startsWith("This admission suggests a willingness"));
    }

    @Test
    void headingsAndBulletsAreTheirOwnUnits() {
        List<TextUnit> units = units(SeedArticles.byNumber("004"));

        assertThat(find(units, "Story Overview").kind()).isEqualTo(UnitKind.HEADING);
        assertThat(find(units, "US Army and Ukraine’s Strategic Engagement").kind()).isEqualTo(UnitKind.HEADING);
        TextUnit bullet = find(units, "US Army Secretary Daniel Driscoll visits Kyiv");
        assertThat(bullet.kind()).isEqualTo(UnitKind.BULLET);
        assertThat(bullet.text()).doesNotStartWith("-");
        assertThat(units.stream().filter(u -> u.kind() == UnitKind.BULLET)).hasSize(4);
    }

    @Test
    void embeddedPostIsOneUnitWithItsSignature() {
        List<TextUnit> units = units(SeedArticles.byNumber("004"));

        TextUnit post = find(units, "Zelenskyy to meet US army secretary");
        assertThat(post.kind()).isEqualTo(UnitKind.SOCIAL_POST);
        assertThat(post.text()).endsWith("— Belle & MrB (@bellewitch66) November 20, 2025");
        assertThat(texts(units)).noneMatch(t -> t.startsWith("— Belle"));
    }

    @Test
    void titleLineOfPlainTextArticleIsAHeading() {
        List<TextUnit> units = units(SeedArticles.byNumber("003"));

        assertThat(units.get(0).kind()).isEqualTo(UnitKind.HEADING);
        assertThat(units.get(0).text()).startsWith("Zelensky Announces Landmark Defense Pact");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        List<TextUnit> units = units("Mr. Smith met Dr. Jones in the U.S. Senate on Monday. The talks failed.");

        assertThat(texts(units)).containsExactly("Mr. Smith met Dr. Jones in the U.S. Senate on Monday.",
                "The talks failed.");
    }

    @Test
    void sentenceEndingWithUsIsStillASentenceEnd() {
        List<TextUnit> units = units("The drones were sold to the U.S. The deal closed in May.");

        assertThat(texts(units)).containsExactly("The drones were sold to the U.S.", "The deal closed in May.");
    }

    @Test
    void hardWrappedLinesAreRejoined() {
        List<TextUnit> units = units("The ministry said on Monday that\nthree hundred drones were delivered.\n");

        assertThat(texts(units)).containsExactly(
                "The ministry said on Monday that three hundred drones were delivered.");
    }

    private static TextUnit find(List<TextUnit> units, String prefix) {
        return units.stream().filter(u -> u.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No unit starts with: " + prefix));
    }
}
