package io.factdesk.verification.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.ingestion.ArticleText;
import io.factdesk.verification.ingestion.TextNormaliser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameVariantDetectorTest {

    private final NameVariantDetector detector = new NameVariantDetector();

    private static ArticleText seed(String number) {
        return ArticleText.of(number, TextNormaliser.normalise(SeedArticles.byNumber(number)));
    }

    @Test
    void flagsZelenskysFirstNameSpelledTwoWaysAcrossSeedArticles() {
        Map<String, List<SourcingFlag>> flags = detector.flagNameVariants(
                List.of(seed("000"), seed("001"), seed("002"), seed("003"), seed("004")));

        assertThat(flags.get("000")).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.NAME_VARIANT);
            assertThat(flag.trigger()).isEqualTo("Vladimir Zelensky");
            assertThat(flag.note()).contains("“Volodymyr Zelensky” in 001, 002, 003");
        });
        assertThat(flags.get("004")).singleElement().satisfies(flag -> {
            assertThat(flag.trigger()).isEqualTo("Volodymyr Zelenskyy");
            assertThat(flag.note()).contains("“Vladimir Zelensky” in 000");
        });
        assertThat(flags.get("001")).extracting(SourcingFlag::trigger).containsExactly("Volodymyr Zelensky");
    }

    @Test
    void flagsWireSpellingsAgainstTheSeedsWithBothSpellingsAndWhereEachAppears() {
        ArticleText wire = ArticleText.of("wire", "President Donald Trump is set to meet Ukrainian President "
                + "Volodymyr Zelenskiy on Friday. Zelenskiy said Prime Minister Yulia Svyrydenko would attend.");

        Map<String, List<SourcingFlag>> flags = detector.flagNameVariants(
                List.of(wire, seed("000"), seed("001"), seed("004")));

        assertThat(flags.get("wire")).extracting(SourcingFlag::trigger)
                .containsExactly("Volodymyr Zelenskiy", "Yulia Svyrydenko");
        assertThat(flags.get("wire").get(0).note()).contains("“Volodymyr Zelensky” in 001")
                .contains("“Volodymyr Zelenskyy” in 004");
        assertThat(flags.get("wire").get(1).note()).contains("“Julia Svyridenko” in 000");
        assertThat(flags.get("000")).extracting(SourcingFlag::trigger).contains("Julia Svyridenko");
        assertThat(flags.get("000")).filteredOn(f -> f.trigger().equals("Julia Svyridenko")).singleElement()
                .satisfies(f -> assertThat(f.note()).contains("“Yulia Svyrydenko” in wire"));
    }

    @Test
    void aConsistentArticleHasNoNameVariant() {
        for (String number : List.of("000", "001", "002", "003", "004")) {
            assertThat(detector.flagNameVariants(seed(number))).as(number).isEmpty();
        }
    }

    @Test
    void flagsTwoSpellingsInsideOneArticle() {
        String text = "Prime Minister Julia Svyridenko met the envoy. Later, Prime Minister Yulia Svyrydenko said no.";

        List<SourcingFlag> flags = detector.flagNameVariants(ArticleText.of("a", text));

        assertThat(flags).extracting(SourcingFlag::trigger).containsExactlyInAnyOrder("Julia Svyridenko",
                "Yulia Svyrydenko");
        assertThat(flags).allSatisfy(f -> assertThat(f.note()).contains("in this article"));
    }

    @Test
    void differentPeopleAreNotVariants() {
        String text = "President Vladimir Putin called President Vladimir Zelensky. President Joe Biden and "
                + "Senator Hunter Biden spoke. Minister Petro Poroshenko and Minister Peter Poroshenko.";

        List<SourcingFlag> flags = detector.flagNameVariants(ArticleText.of("a", text));

        assertThat(flags).extracting(SourcingFlag::trigger).containsExactlyInAnyOrder("Petro Poroshenko",
                "Peter Poroshenko");
    }

    @Test
    void anArticleThatNeverTitlesThePersonIsComparedWithTheOthers() {
        ArticleText wire = ArticleText.of("wire", "Zelenskiy said on Friday the talks had been productive. "
                + "Svyrydenko's government will present the budget, Zelenskiy added.");

        Map<String, List<SourcingFlag>> flags = detector.flagNameVariants(List.of(wire, seed("000"), seed("001")));

        assertThat(flags.get("wire")).extracting(SourcingFlag::trigger).containsExactly("Zelenskiy", "Svyrydenko");
        assertThat(flags.get("wire").get(0).spellings()).containsExactly(
                new NameSpelling("Vladimir Zelensky", "000"), new NameSpelling("Volodymyr Zelensky", "001"));
        assertThat(flags.get("wire").get(1).spellings()).containsExactly(new NameSpelling("Julia Svyridenko", "000"));
        assertThat(flags.get("001")).filteredOn(f -> f.trigger().equals("Volodymyr Zelensky")).singleElement()
                .satisfies(f -> assertThat(f.spellings()).contains(new NameSpelling("Zelenskiy", "wire")));
    }

    @Test
    void anUntitledFullNameKeepsItsFirstName() {
        ArticleText wire = ArticleText.of("wire", "Volodymyr Zelenskiy arrived in Washington on Friday.");

        Map<String, List<SourcingFlag>> flags = detector.flagNameVariants(List.of(wire, seed("001")));

        assertThat(flags.get("wire")).extracting(SourcingFlag::trigger).containsExactly("Volodymyr Zelenskiy");
        assertThat(flags.get("wire").get(0).note()).contains("“Volodymyr Zelensky” in 001");
    }

    @Test
    void placesShortWordsAndTheSameSpellingAreNotVariants() {
        ArticleText other = ArticleText.of("other", "Biden spoke in Baden. Zelensky and Putin met in Paris. "
                + "The Bidens travelled. Pattin and Zelenska were there.");
        ArticleText titled = ArticleText.of("titled", "President Joe Biden met President Volodymyr Zelensky and "
                + "President Vladimir Putin. Reuters chief Paris correspondent Jane Doe reported.");

        Map<String, List<SourcingFlag>> flags = detector.flagNameVariants(List.of(other, titled));

        assertThat(flags.get("other")).isEmpty();
        assertThat(flags.get("titled")).isEmpty();
    }
}
