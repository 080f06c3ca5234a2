package io.factdesk.verification.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.ingestion.ContentType;
import io.factdesk.verification.sourcing.FlagKind;
import io.factdesk.verification.sourcing.SourcingFlag;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleAnalyserTest {

    private final ArticleAnalyser analyser = ArticleAnalyser.create();

    @Test
    void metadataHeaderBecomesTitleAndDateNotASentence() {
        ArticleAnalysis analysis = analyser.analyse(SeedArticles.byNumber("002"), ContentType.PLAIN_TEXT);

        assertThat(analysis.publishedDate()).isEqualTo(LocalDate.of(2025, 7, 4));
        assertThat(analysis.title()).startsWith("Zelensky and Trump discuss air defense");
        assertThat(analysis.sentences()).noneMatch(s -> s.text().contains("date 2025-07-04")
                || s.text().contains("4:56:20 PM"));
        assertThat(analysis.sentences().get(0).text()).startsWith("In a pivotal conversation on Friday, July 4");
    }

    @Test
    void everySentenceHasAScoreReasonsAndOffsets() {
        ArticleAnalysis analysis = analyser.analyse(SeedArticles.byNumber("000"), ContentType.PLAIN_TEXT);

        assertThat(analysis.sentences()).allSatisfy(s -> {
            assertThat(s.score()).isBetween(0.0, 1.0);
            assertThat(analysis.text().substring(s.start(), s.end()).replaceAll("\\s+", " ")).isEqualTo(s.text());
        });
        assertThat(analysis.sentences()).filteredOn(AnalysedSentence::checkWorthy).isNotEmpty()
                .allSatisfy(s -> assertThat(s.reasons()).isNotEmpty());
    }

    @Test
    void articleFlagsIncludeTheTitleDateContradiction() {
        ArticleAnalysis analysis = analyser.analyse(SeedArticles.byNumber("003"), ContentType.PLAIN_TEXT);

        assertThat(analysis.title()).startsWith("Zelensky Announces Landmark Defense Pact");
        assertThat(analysis.articleFlags()).extracting(SourcingFlag::kind)
                .containsOnly(FlagKind.TITLE_DATE_CONTRADICTION);
        assertThat(analysis.articleFlags()).allSatisfy(f -> assertThat(
                analysis.text().substring(f.start(), f.end()).replace('\n', ' ')).isEqualTo(f.trigger()));
    }

    @Test
    void analysesHtml() {
        String html = "<html><head><title>Drones</title></head><body><nav>Menu</nav><article>"
                + "<h1>Drone deal</h1><p>The deal was first reported by Reuters on July 17, 2025.</p>"
                + "</article></body></html>";

        ArticleAnalysis analysis = analyser.analyse(html, ContentType.HTML);

        assertThat(analysis.title()).isEqualTo("Drone deal");
        assertThat(analysis.sentences()).extracting(AnalysedSentence::text)
                .containsExactly("Drone deal", "The deal was first reported by Reuters on July 17, 2025.");
        assertThat(analysis.sentences().get(1).flags()).extracting(SourcingFlag::trigger)
                .containsExactly("first reported by Reuters");
    }

    @Test
    void rawTextNamingOnePersonTwoWaysIsFlaggedWithoutAnId() {
        ArticleAnalysis analysis = analyser.analyse("President Vladimir Zelensky met the delegation on Monday. "
                + "Later, President Volodymyr Zelensky said the talks were useful.", ContentType.PLAIN_TEXT);

        assertThat(analysis.articleFlags()).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.NAME_VARIANT);
            assertThat(flag.trigger()).contains("Zelensky");
        });
    }
}
