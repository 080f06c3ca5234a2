package io.factdesk.web.caching;

import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.PublicCacheConfig;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * HTTP caching for public pages: an ETag and Last-Modified on every answer and 304 Not Modified for a matching
 * conditional request, so a verdict that goes viral costs one small query per revalidation, not a page render.
 */
@ApplicationScoped
public class PublicCaching {

    /** Part of every ETag so that a new deployment (new templates) never answers 304 with stale markup. */
    private static final String DEPLOYMENT = Long.toString(System.currentTimeMillis(), 36);

    /**
     * HTTP's date format (RFC 9110 §5.6.7), written here once: given a {@code Date}, the REST layer formats it with
     * a new {@code SimpleDateFormat} on every answer, which was 4% of an uncached verdict read's CPU.
     */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    @Inject
    PublicCacheConfig config;

    @Inject
    RenderedPages pages;

    @Inject
    ServedPages served;

    @Inject
    PageLanguage language;

    /**
     * Answers 304 when the client's copy matches {@code versionKey} (anything that changes whenever the page does)
     * and {@code lastModified}; otherwise renders the page. {@code source} names the {@link RecentVersions} entry
     * whose last change, {@code lastModified}, the page shows: the answer is then kept for {@link ServedPages}
     * (null: the page is rendered or revalidated here every time).
     */
    public Response byVersion(Request request, String source, String versionKey, Instant lastModified,
            String mediaType, Supplier<TemplateInstance> render) {
        return byVersionText(request, source, versionKey, lastModified, mediaType, () -> render.get().render());
    }

    /** {@link #byVersion}, for a page whose text comes from elsewhere than one template (a stored page). */
    public Response byVersionText(Request request, String source, String versionKey, Instant lastModified,
            String mediaType, Supplier<String> render) {
        EntityTag etag = new EntityTag(hash(DEPLOYMENT + "|" + language.code() + "|" + versionKey));
        Date modified = lastModified == null ? null : Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = modified == null
                ? request.evaluatePreconditions(etag)
                : request.evaluatePreconditions(modified, etag);
        byte[] body = notModified == null ? pages.get(etag.getValue(), render) : null;
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body, mediaType);
        builder.tag(etag).cacheControl(cacheControl());
        if (modified != null) {
            builder.header(HttpHeaders.LAST_MODIFIED.toString(), HTTP_DATE.format(modified.toInstant()));
        }
        Response response = builder.build();
        if (source != null && body != null && body.length <= RenderedPages.MAX_BYTES && config.renderedPages() > 0) {
            MultiMap headers = MultiMap.caseInsensitiveMultiMap();
            response.getStringHeaders().forEach((name, values) -> headers.add(name, values));
            served.remember(source, lastModified, response.getHeaderString(HttpHeaders.ETAG.toString()),
                    modified == null ? null : modified.toInstant(), headers, body);
        }
        return response;
    }

    /** For pages whose inputs are many: the ETag is a hash of the rendered body. */
    public Response byContent(Request request, String body, String mediaType) {
        EntityTag etag = new EntityTag(hash(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body, mediaType);
        return builder.tag(etag).cacheControl(cacheControl()).build();
    }

    private CacheControl cacheControl() {
        CacheControl control = new CacheControl();
        control.setMaxAge(config.maxAge());
        control.setNoTransform(false);
        return control;
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
