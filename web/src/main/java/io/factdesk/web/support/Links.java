package io.factdesk.web.support;

import io.factdesk.core.common.WebUrl;
import io.quarkus.qute.TemplateExtension;

/**
 * {@code href="{link:href(e.url)}"}: every stored link goes through this on its way into a page, so a value that
 * is not an absolute http(s) address (one stored before the rules existed, or written to the database by hand)
 * renders as no link at all, never as {@code javascript:} or {@code data:}. A namespace function rather than a
 * method on the value, so a missing link (null) is simply no link.
 */
@TemplateExtension(namespace = "link")
public final class Links {

    private Links() {
    }

    static String href(String url) {
        return WebUrl.linkOrNull(url);
    }
}
