package io.factdesk.web.support;

import io.factdesk.verification.common.SafeMarkdown;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/** Staff-written Markdown in templates, rendered to safe HTML by {@link SafeMarkdown}. */
public final class Markdown {

    private Markdown() {
    }

    /** Safe HTML for the given Markdown; empty for null. */
    public static String toSafeHtml(String markdown) {
        return SafeMarkdown.toHtml(markdown);
    }

    /** Template use: {@code {review.analysis.markdown}}. */
    @TemplateExtension
    static RawString markdown(String markdown) {
        return new RawString(toSafeHtml(markdown));
    }
}
