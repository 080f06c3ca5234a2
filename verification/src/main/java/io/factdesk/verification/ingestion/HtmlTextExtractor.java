package io.factdesk.verification.ingestion;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts an article's main text from HTML with jsoup. Page chrome (navigation, scripts, asides, footers,
 * forms) is removed; headings, paragraphs, list items, block quotes and embedded posts each become one line,
 * so the segmenter sees the same structure as in a plain-text article.
 */
public final class HtmlTextExtractor {

    private static final String CHROME = "script, style, noscript, template, nav, aside, footer, header nav, form, "
            + "iframe, svg, button, [role=navigation], [role=complementary], [aria-hidden=true], .advert, .ad";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption";

    private HtmlTextExtractor() {
    }

    /** Parses the page and returns its normalised main text with title and published date when present. */
    public static ArticleText extract(String id, String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        String title = firstNonBlank(
                doc.select("meta[property=og:title]").attr("content"),
                doc.select("h1").text(),
                doc.title());
        LocalDate published = publishedDate(doc);
        doc.select(CHROME).remove();
        Element root = mainContainer(doc);
        StringBuilder text = new StringBuilder();
        for (Element block : root.select(BLOCKS)) {
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                continue; // nested blocks (p inside blockquote) are already part of their parent's text
            }
            String line = block.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            text.append(block.is("li") ? "- " : "").append(line).append(block.is("li") ? "\n" : "\n\n");
        }
        if (text.isEmpty()) {
            text.append(root.wholeText());
        }
        return new ArticleText(id, title, TextNormaliser.normalise(text.toString()), published);
    }

    /** Prefers the element that marks itself as the article, so teasers and related links stay out. */
    private static Element mainContainer(Document doc) {
        for (String selector : new String[] {"article", "main", "[role=main]", "#content", ".article-body"}) {
            Elements found = doc.select(selector);
            if (!found.isEmpty()) {
                return found.first();
            }
        }
        return doc.body();
    }

    private static LocalDate publishedDate(Document doc) {
        String value = firstNonBlank(
                doc.select("meta[property=article:published_time]").attr("content"),
                doc.select("meta[name=date]").attr("content"),
                doc.select("time[datetime]").attr("datetime"));
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
