package io.factdesk.web.publicsite;

import io.factdesk.api.support.Languages;
import io.factdesk.verification.common.SiteConfig;
import io.factdesk.verification.publishing.PublishedVerdicts;
import io.factdesk.verification.publishing.SitemapEntry;
import io.factdesk.verification.publishing.VerdictSummary;
import io.factdesk.web.caching.PublicCaching;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Machine-readable lists of verdicts: the Atom feed and the sitemap. */
@Path("/")
@PermitAll
public class Feeds {

    static final int FEED_SIZE = 50;

    /**
     * The public pages besides the verdicts. The sitemap lists each page once per interface language
     * ({@code ?lang=en}, {@code ?lang=uk}), each entry naming its alternates (hreflang).
     */
    static final List<String> SITEMAP_PAGES = List.of("/", "/search", "/methodology");

    /** When this server started: the feed's {@code updated} while nothing is published yet. */
    private final Instant started = Instant.now();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance atom(List<VerdictSummary> entries, String base, Instant updated);

        static native TemplateInstance sitemap(List<String> pages, List<SitemapEntry> entries, String base,
                List<String> languages);
    }

    @Inject
    PublishedVerdicts verdicts;

    @Inject
    PublicCaching caching;

    /** Links in the feed and the sitemap use the configured public address, never the request's Host header. */
    @Inject
    SiteConfig site;

    @GET
    @Path("feed.atom")
    @Produces("application/atom+xml")
    public Response atom(@Context Request request) {
        Instant changed = updated(verdicts.lastChange(), started);
        return caching.byVersion(request, null, "atom|" + changed, changed, "application/atom+xml;charset=UTF-8",
                () -> Templates.atom(verdicts.feedEntries(FEED_SIZE), site.base(), changed));
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    public Response sitemap(@Context Request request) {
        Instant changed = verdicts.lastChange().orElse(Instant.EPOCH);
        return caching.byVersion(request, null, "sitemap|" + changed, changed, "application/xml;charset=UTF-8",
                () -> Templates.sitemap(SITEMAP_PAGES, verdicts.sitemapEntries(), site.base(), Languages.SUPPORTED));
    }

    /**
     * The feed's {@code updated}: the last change of any verdict, or, while none is published, the time this
     * server started (Atom requires the element; 1970 would tell readers the site is decades old).
     */
    static Instant updated(Optional<Instant> lastChange, Instant started) {
        return lastChange.orElse(started);
    }
}
