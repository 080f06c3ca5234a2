package io.factdesk.verification.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * Where the public site lives: {@code factdesk.public-base-url}. The mapping is rooted at the key itself, not at
 * {@code factdesk}: a root there would claim, and refuse as unknown, every other area's keys.
 */
@ConfigMapping(prefix = "factdesk.public-base-url")
public interface SiteConfig {

    /**
     * The public site's address as readers reach it, for links in e-mails and in ClaimReview data (a trailing
     * slash is ignored).
     */
    @WithParentName
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** The public site's address without a trailing slash, to append paths such as {@code /desk} to. */
    default String base() {
        String url = publicBaseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
