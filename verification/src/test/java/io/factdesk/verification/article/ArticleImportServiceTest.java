package io.factdesk.verification.article;

import static io.factdesk.verification.DatabaseFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Flag;
import io.factdesk.core.article.OtherSpelling;
import io.factdesk.core.article.Sentence;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.ingestion.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleImportServiceTest {

    @Inject
    ArticleImportService imports;

    private Article importSeed(Organisation organisation, String number) {
        String file = SeedArticles.FILES.stream().filter(f -> f.startsWith(number)).findFirst().orElseThrow();
        return imports.importContent(organisation, SeedArticles.read(file), ContentType.PLAIN_TEXT,
                ImportRequest.fromSource(file), "reviewer");
    }

    private static List<Sentence> sentencesOf(long articleId) {
        return Sentence.list("article.id = ?1 order by position", articleId);
    }

    @Test
    void recordsTheLanguageEachArticleIsWrittenIn() throws java.io.IOException {
        Organisation organisation = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Language Desk"));
        String ukrainian;
        try (java.io.InputStream in = getClass().getClassLoader()
                .getResourceAsStream("demo/articles/uk/100_ukrainian_drone_deal.txt")) {
            ukrainian = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        Article english = importSeed(organisation, "003");
        Article translated = imports.importContent(organisation, ukrainian, ContentType.PLAIN_TEXT,
                ImportRequest.fromSource("ukrainian.txt"), "reviewer");

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Article.<Article>findById(english.id).language).isEqualTo("en");
            Article stored = Article.findById(translated.id);
            assertThat(stored.language).isEqualTo("uk");
            assertThat(sentencesOf(translated.id)).flatExtracting(s -> s.flags).extracting(Flag::kind)
                    .contains("ANONYMOUS_SOURCE", "VAGUE_SOURCE", "HEDGE", "ATTRIBUTION");
        });
    }

    @Test
    void storesSentencesWithScoresReasonsFlagsAndKinds() {
        Organisation organisation = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Import Desk"));

        Article article = importSeed(organisation, "004");

        QuarkusTransaction.requiringNew().run(() -> {
            List<Sentence> sentences = sentencesOf(article.id);
            assertThat(sentences).hasSize(23);
            assertThat(sentences).extracting(s -> s.kind).contains("HEADING", "BULLET", "SOCIAL_POST", "SENTENCE");
            assertThat(sentences).allSatisfy(s -> assertThat(s.checkWorthiness).isBetween(0.0, 1.0));
            Sentence arrival = sentences.stream().filter(s -> s.text.startsWith("On November 19, 2025")).findFirst()
                    .orElseThrow();
            assertThat(arrival.reasons).anySatisfy(r -> assertThat(r).startsWith("names a person and a date"));
            String body = Article.<Article>findById(article.id).body;
            assertThat(body.substring(arrival.startOffset, arrival.endOffset)).startsWith("On November 19, 2025");
        });
    }

    @Test
    void headerGivesTitleAndDateAndSentenceFlagsAreStored() {
        Organisation organisation = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Header Desk"));

        Article article = importSeed(organisation, "002");

        QuarkusTransaction.requiringNew().run(() -> {
            Article stored = Article.findById(article.id);
            assertThat(stored.title).startsWith("Zelensky and Trump discuss air defense");
            assertThat(stored.publishedOn).isEqualTo(LocalDate.of(2025, 7, 4));
            assertThat(stored.body).doesNotContain("4:56:20 PM");
            assertThat(sentencesOf(article.id)).flatExtracting(s -> s.flags).extracting(Flag::trigger)
                    .contains("Russian state media reported", "Zelensky stated");
        });
    }

    @Test
    void nameVariantsAreFlaggedOnTheNewAndTheEarlierArticle() {
        Organisation organisation = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Variant Desk"));
        Article first = importSeed(organisation, "000");

        Article second = importSeed(organisation, "001");

        QuarkusTransaction.requiringNew().run(() -> {
            List<Flag> flags = Article.<Article>findById(second.id).flags;
            assertThat(flags).singleElement().satisfies(flag -> {
                assertThat(flag.kind()).isEqualTo("NAME_VARIANT");
                assertThat(flag.trigger()).isEqualTo("Volodymyr Zelensky");
                assertThat(flag.explanation()).contains("Vladimir Zelensky").contains("article " + first.id);
                assertThat(flag.otherSpellings()).containsExactly(new OtherSpelling("Vladimir Zelensky", first.id));
            });
            assertThat(Article.<Article>findById(first.id).flags).singleElement().satisfies(flag -> {
                assertThat(flag.trigger()).isEqualTo("Vladimir Zelensky");
                assertThat(flag.explanation()).contains("Volodymyr Zelensky").contains("article " + second.id);
                assertThat(flag.otherSpellings()).containsExactly(new OtherSpelling("Volodymyr Zelensky", second.id));
            });
        });
    }

    @Test
    void analysesAnArticleStoredWithoutSentences() {
        Article bare = QuarkusTransaction.requiringNew().call(() -> {
            Article article = new Article();
            article.organisation = anOrganisation("Bare Desk");
            article.title = "Seed 002";
            article.body = SeedArticles.byNumber("002");
            article.importedBy = "admin";
            article.persist();
            return article;
        });

        QuarkusTransaction.requiringNew().run(() -> imports.analyseInto(Article.<Article>findById(bare.id)));

        QuarkusTransaction.requiringNew().run(() -> {
            Article stored = Article.findById(bare.id);
            assertThat(stored.publishedOn).isEqualTo(LocalDate.of(2025, 7, 4));
            assertThat(stored.body).startsWith("In a pivotal conversation");
            List<Sentence> sentences = sentencesOf(bare.id);
            assertThat(sentences).hasSize(18).allSatisfy(s -> assertThat(s.checkWorthiness).isNotNull());
            assertThat(stored.body.substring(sentences.get(1).startOffset, sentences.get(1).endOffset))
                    .isEqualTo(sentences.get(1).text);
        });
    }

    @Test
    void reimportingTheSameSourceReturnsTheEarlierArticle() {
        Organisation organisation = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Again Desk"));
        Article first = importSeed(organisation, "003");

        Article again = importSeed(organisation, "003");

        assertThat(again.id).isEqualTo(first.id);
        QuarkusTransaction.requiringNew().run(() -> assertThat(Article.<Article>findById(first.id).flags)
                .extracting(Flag::kind).containsOnly("TITLE_DATE_CONTRADICTION"));
    }
}
