package io.factdesk.verification.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlTextExtractorTest {

    private static final String PAGE = """
            <html><head><title>Site | Drone deal</title>
            <meta property="article:published_time" content="2025-07-18T09:00:00Z">
            <script>var tracking = "Trump said nothing";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Drone deal agreed</h1>
            <p>The United States agreed to buy Ukrainian drones, Reuters reported.</p>
            <aside>Read more: unrelated story</aside>
            <ul><li>First point.</li><li>Second point.</li></ul>
            <p>Officials declined&nbsp;to comment.</p></article>
            <footer>© News site</footer></body></html>
            """;

    @Test
    void keepsHeadingsParagraphsAndListItemsOnly() {
        ArticleText article = HtmlTextExtractor.extract("page", PAGE);

        assertThat(article.text()).isEqualTo("""
                Drone deal agreed

                The United States agreed to buy Ukrainian drones, Reuters reported.

                - First point.
                - Second point.
                Officials declined to comment.""");
        assertThat(article.title()).isEqualTo("Drone deal agreed");
        assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2025, 7, 18));
    }
}
