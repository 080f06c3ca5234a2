package io.factdesk.verification.common;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders staff-written Markdown (review analyses, verdict explanations) to HTML that is safe to show: raw HTML
 * in the Markdown is escaped by the renderer and the result passes the OWASP sanitizer, so scripts, event
 * handlers and {@code javascript:} links never reach a page. The publisher stores a verdict explanation's HTML
 * with the revision, so public pages do not render it again on every read.
 */
public final class SafeMarkdown {

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

    private SafeMarkdown() {
    }

    /** Safe HTML for the given Markdown; empty for null or blank. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
