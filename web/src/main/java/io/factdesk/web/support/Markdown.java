package io.factdesk.web.support;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders staff-written Markdown (review analyses, verdict explanations) to HTML that is safe to show: raw HTML
 * in the Markdown is escaped by the renderer and the result passes the OWASP sanitizer, so scripts, event
 * handlers and {@code javascript:} links never reach a page.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br")
                    .allowUrlProtocols("https", "http", "mailto")
                    .requireRelsOnLinks("nofollow", "noopener")
                    .toFactory());

    private Markdown() {
    }

    /** Safe HTML for the given Markdown; empty for null. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** Template use: {@code {review.analysis.markdown}}. */
    @TemplateExtension
    static RawString markdown(String markdown) {
        return new RawString(toSafeHtml(markdown));
    }
}
