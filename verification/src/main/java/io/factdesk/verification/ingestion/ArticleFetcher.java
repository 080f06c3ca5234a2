package io.factdesk.verification.ingestion;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.factdesk.verification.ingestion.ArticleFetchException.Reason;
import io.factdesk.verification.net.GuardedHttpClient;
import io.factdesk.verification.net.OutboundException;
import io.factdesk.verification.net.OutboundRequest;
import io.factdesk.verification.net.OutboundResponse;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads an article through the guarded client, so a URL can only lead to public addresses (or allow-listed
 * hosts) and a slow or hostile server can never stall an import: one deadline for the whole download, redirects
 * included, and a byte limit enforced while reading (Content-Length is not trusted). Every failure is an
 * {@link ArticleFetchException} with a reason.
 */
public class ArticleFetcher {

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CONTENT_TYPE = 200;

    private final GuardedHttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;

    public ArticleFetcher(GuardedHttpClient client, Duration readTimeout, long maxBytes) {
        this.client = client;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    /** Fetches an http(s) URL and returns its body if it is HTML or plain text within the size limit. */
    public FetchedDocument fetch(URI uri) throws ArticleFetchException {
        OutboundResponse response;
        try {
            response = client.send(OutboundRequest.get(uri, readTimeout, maxBytes)
                    .withHeader("Accept", "text/html, text/plain;q=0.9")
                    .withHeader("User-Agent", "Factdesk article import"));
        } catch (OutboundException e) {
            throw failure(uri, e);
        }
        if (response.status() / 100 != 2) {
            throw new ArticleFetchException(Reason.HTTP_ERROR, uri,
                    uri.getHost() + " answered HTTP " + response.status(), null);
        }
        String contentType = response.contentType().toLowerCase(Locale.ROOT);
        ContentType type = typeOf(contentType, uri);
        return new FetchedDocument(response.uri(), type, new String(response.body(), charsetOf(contentType)));
    }

    private ArticleFetchException failure(URI uri, OutboundException e) {
        String host = uri == null ? null : uri.getHost();
        return switch (e.kind()) {
            case INVALID_URL -> new ArticleFetchException(Reason.INVALID_URL, uri, "Not an http(s) URL: " + uri, e);
            case REFUSED, TOO_MANY_REDIRECTS -> new ArticleFetchException(Reason.NOT_ALLOWED, uri,
                    "Articles are not fetched from this address (" + e.getMessage() + ")", e);
            case TIMEOUT -> new ArticleFetchException(Reason.UNREACHABLE, uri, "No answer from " + host
                    + " within " + readTimeout.toSeconds() + " s", e);
            case UNREACHABLE -> new ArticleFetchException(Reason.UNREACHABLE, uri, "Cannot reach " + host, e);
            case TOO_LARGE -> new ArticleFetchException(Reason.TOO_LARGE, uri, "Page is larger than "
                    + maxBytes / 1024 + " KiB", e);
        };
    }

    private ContentType typeOf(String contentType, URI uri) throws ArticleFetchException {
        if (contentType.startsWith("text/html") || contentType.startsWith("application/xhtml")) {
            return ContentType.HTML;
        }
        if (contentType.startsWith("text/plain")) {
            return ContentType.PLAIN_TEXT;
        }
        throw new ArticleFetchException(Reason.UNSUPPORTED_CONTENT, uri, "Not an article page: "
                + (contentType.isEmpty() ? "no content type"
                        : contentType.substring(0, Math.min(contentType.length(), MAX_CONTENT_TYPE))), null);
    }

    private static Charset charsetOf(String contentType) {
        if (contentType.length() > MAX_CONTENT_TYPE) {
            return StandardCharsets.UTF_8;
        }
        Matcher m = CHARSET.matcher(contentType);
        try {
            return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
