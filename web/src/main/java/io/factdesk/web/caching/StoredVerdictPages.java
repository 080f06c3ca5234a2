package io.factdesk.web.caching;

import io.factdesk.verification.publishing.StoredPages;
import io.factdesk.verification.publishing.StoredPages.StoredPage;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.PublicCacheConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Verdict pages rendered once for every instance: the web side of {@link StoredPages}. A verdict's first read on
 * an instance costs one lookup by key when any instance of the same build has rendered that version before, instead
 * of reading the verdict's rows and rendering them (a crawler walking old verdicts, a news spike on one).
 * <p>
 * Only a page asked for without a query string is stored, one per verdict and language, so no request can make
 * the store grow. Pages carry absolute links with the scheme and host they were asked for (canonical URL, hreflang
 * alternates); a page to be stored is rendered with {@link #PLACEHOLDER} there instead, and each answer puts the
 * request's own in.
 */
@ApplicationScoped
public class StoredVerdictPages {

    /** Stands for the scheme and host in a stored page; nothing a template escapes, and no real address. */
    static final String PLACEHOLDER = "https://site-address.factdesk-stored-page.invalid";

    /**
     * The build that renders here: pages stored by another build (other templates, messages or code) are not
     * used. In dev mode every start counts as a new build, since templates change without one.
     */
    static final String RENDERER = renderer();

    @Inject
    StoredPages pages;

    @Inject
    PageLanguage language;

    @Inject
    PublicCacheConfig config;

    @Inject
    CurrentVertxRequest current;

    /** Whether the current request's page is one that is stored: stored pages on, and no query string. */
    public boolean applies(String rawQuery) {
        return config.storedPages() && rawQuery == null && current.getCurrent() != null;
    }

    /** The verdict's page version with its stored page when there is one (empty: no verdict has this slug). */
    public Optional<StoredPage> find(String slug) {
        return pages.find(slug, language.code(), RENDERER);
    }

    /**
     * The page of {@code slug} at {@code version}: the stored one when {@code known} (from {@link #find}, or null
     * when the version came from elsewhere) or a fresh lookup has it, otherwise rendered by {@code render} (given
     * the scheme and host to start absolute links with) and stored for the next first read.
     */
    public String page(String slug, Instant version, StoredPage known, Function<String, String> render) {
        StoredPage page = known != null && version.equals(known.version()) ? known : find(slug).orElse(null);
        if (page != null && page.html() != null && version.equals(page.version())) {
            return withOrigin(page.html());
        }
        var routing = current.getCurrent();
        String html;
        routing.put(PageLanguage.ORIGIN, PLACEHOLDER);
        try {
            html = render.apply(PLACEHOLDER);
        } finally {
            routing.remove(PageLanguage.ORIGIN);
        }
        if (page != null && version.equals(page.version())) {
            pages.store(page.verdictId(), language.code(), RENDERER, version, html);
        }
        return withOrigin(html);
    }

    private String withOrigin(String html) {
        var request = current.getCurrent().request();
        return html.replace(PLACEHOLDER, request.scheme() + "://" + request.authority());
    }

    private static String renderer() {
        String build = null;
        try (InputStream in = StoredVerdictPages.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                build = properties.getProperty("build");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String started = Long.toString(System.currentTimeMillis(), 36);
        if (build == null || build.isBlank() || build.contains("${")) {
            return "start-" + started; // not built by Maven: shared with no other start
        }
        return LaunchMode.current() == LaunchMode.DEVELOPMENT ? build + "-dev-" + started : build;
    }
}
