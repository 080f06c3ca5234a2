package io.factdesk.web.support;

import java.util.Optional;

/**
 * The site's Content-Security-Policy. Pages load script, styles and images only from the site itself; no inline
 * script, no inline style, no eval, no plugins, no framing. The ClaimReview JSON-LD block in a verdict page is
 * data that browsers never execute, so the policy does not need to (and does not) allow it.
 */
public final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** The policy, with {@code formTarget} (an origin) allowed as a form destination besides the site itself. */
    public static String allowingFormsTo(Optional<String> formTarget) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'" + formTarget.map(origin -> " " + origin).orElse("")
                + "; frame-ancestors 'none'";
    }
}
