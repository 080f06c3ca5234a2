package io.factdesk.web.caching;

import com.google.re2j.Pattern;
import io.factdesk.api.support.Languages;
import io.factdesk.web.support.FilterOrder;
import io.factdesk.web.support.LanguageFilter;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.PublicCacheConfig;
import io.factdesk.web.support.PublicPaths;
import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers repeated reads of a public page straight from memory on the HTTP event loop, before security, the
 * REST layer and the worker threads: what a viral verdict costs per reader is a map lookup and a write.
 * <p>
 * Only a page {@link PublicCaching} has just rendered or confirmed is kept, with its exact headers and bytes,
 * and it is served only while {@link RecentVersions} holds its last-change time as confirmed by the database
 * within the time-to-live. Once that lapses the next request goes the normal way, which asks the database and
 * puts the page back here. Public pages are the same for every reader, logged in or not.
 * <p>
 * Public pages carry no form, so they do not set the CSRF cookie ({@code NoTokenOnPublicPages}; pages with forms,
 * the tip form and the desk, still do): the answers stay cacheable by shared caches.
 */
@ApplicationScoped
public class ServedPages {

    private static final Pattern COMMA = Pattern.compile(",");

    /** Runs before authentication (priority 200) and everything after it. */
    public static final int PRIORITY = FilterOrder.SERVED_PAGES;

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    @Inject
    PublicCacheConfig config;

    @Inject
    RecentVersions versions;

    @Inject
    CurrentVertxRequest current;

    /** A page as it was answered: the version it shows, its headers and its bytes. */
    record Page(String versionKey, Instant changed, String etag, Instant lastModified, MultiMap headers,
            Buffer body) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    void install(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET || !PublicPaths.isPublic(context.normalizedPath())) {
            context.next();
            return;
        }
        Page page = config.renderedPages() > 0 ? pages.get(address(context)) : null;
        if (page == null || !versions.confirmed(page.versionKey(), page.changed())) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        response.headers().addAll(page.headers());
        if (notModified(request, page)) {
            response.setStatusCode(304).end();
        } else {
            response.end(page.body());
        }
    }

    /**
     * Keeps the page being answered to the current request, which shows {@code changed}, the last change of
     * {@code versionKey} in {@link RecentVersions}. The bytes are {@link RenderedPages}' own array, not a copy.
     */
    void remember(String versionKey, Instant changed, String etag, Instant lastModified, MultiMap headers,
            byte[] body) {
        var routing = current.getCurrent();
        if (config.renderedPages() <= 0 || routing == null || routing.request().method() != HttpMethod.GET) {
            return;
        }
        if (pages.size() >= config.renderedPages()) {
            Iterator<String> oldest = pages.keySet().iterator();
            if (oldest.hasNext()) {
                pages.remove(oldest.next());
            }
        }
        pages.put(address(routing), new Page(versionKey, changed, etag, lastModified, headers,
                Buffer.buffer(Unpooled.wrappedBuffer(body))));
    }

    /**
     * The same answer for the same scheme, host, path and query (pages carry absolute links) in the same language
     * (the switch, the cookie or Accept-Language chose it: {@link LanguageFilter}).
     */
    private static String address(RoutingContext context) {
        HttpServerRequest request = context.request();
        String language = LanguageFilter.chosen(context);
        return (language == null ? Languages.DEFAULT : language) + "|" + request.scheme() + "://"
                + request.authority() + request.uri();
    }

    /** The conditional-request rules of RFC 9110 §13.2.2 for GET: If-None-Match first, else If-Modified-Since. */
    static boolean notModified(HttpServerRequest request, Page page) {
        String noneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (noneMatch != null) {
            for (String tag : COMMA.split(noneMatch)) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(page.etag())) {
                    return true;
                }
            }
            return false;
        }
        String modifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (modifiedSince == null || page.lastModified() == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(modifiedSince, HTTP_DATE).toInstant();
            return !page.lastModified().isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
