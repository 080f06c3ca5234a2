package io.factdesk.verification.ingestion;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.factdesk.verification.ingestion.ArticleFetchException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads an article with hard limits so a slow or hostile server can never stall an import: a connect
 * timeout, a timeout for the whole response, and a byte limit enforced while reading (Content-Length is not
 * trusted). Every failure is an {@link ArticleFetchException} with a reason.
 */
public class ArticleFetcher {

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;

    public ArticleFetcher(Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    /** Fetches an http(s) URL and returns its body if it is HTML or plain text within the size limit. */
    public FetchedDocument fetch(URI uri) throws ArticleFetchException {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new ArticleFetchException(Reason.INVALID_URL, uri, "Not an http(s) URL: " + uri, null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .header("Accept", "text/html, text/plain;q=0.9")
                .header("User-Agent", "Factdesk article import")
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new ArticleFetchException(Reason.UNREACHABLE, uri, "No answer from " + uri.getHost()
                    + " within " + readTimeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new ArticleFetchException(Reason.UNREACHABLE, uri, "Cannot reach " + uri.getHost() + ": "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleFetchException(Reason.UNREACHABLE, uri, "Fetching was interrupted", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new ArticleFetchException(Reason.HTTP_ERROR, uri,
                        uri.getHost() + " answered HTTP " + response.statusCode(), null);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("")
                    .toLowerCase(Locale.ROOT);
            ContentType type = typeOf(contentType, uri);
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw tooLarge(uri);
            }
            byte[] bytes = readWithinDeadline(body, uri);
            return new FetchedDocument(response.uri(), type, new String(bytes, charsetOf(contentType)));
        } catch (IOException e) {
            throw new ArticleFetchException(Reason.UNREACHABLE, uri, "Connection to " + uri.getHost()
                    + " failed while reading: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The request timeout only covers the response headers; a server that trickles its body would otherwise
     * hold the import forever, so the body is read on another thread and abandoned at the deadline.
     */
    private byte[] readWithinDeadline(InputStream body, URI uri) throws ArticleFetchException, IOException {
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return readLimited(body, uri);
            } catch (IOException | ArticleFetchException e) {
                throw new CompletionException(e);
            }
        });
        try {
            return reading.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            body.close();
            reading.cancel(true);
            throw new ArticleFetchException(Reason.UNREACHABLE, uri, "Page from " + uri.getHost()
                    + " did not arrive within " + readTimeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleFetchException(Reason.UNREACHABLE, uri, "Fetching was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
            if (cause instanceof ArticleFetchException fetch) {
                throw fetch;
            }
            throw cause instanceof IOException io ? io : new IOException(cause);
        }
    }

    private ContentType typeOf(String contentType, URI uri) throws ArticleFetchException {
        if (contentType.startsWith("text/html") || contentType.startsWith("application/xhtml")) {
            return ContentType.HTML;
        }
        if (contentType.startsWith("text/plain")) {
            return ContentType.PLAIN_TEXT;
        }
        throw new ArticleFetchException(Reason.UNSUPPORTED_CONTENT, uri, "Not an article page: "
                + (contentType.isEmpty() ? "no content type" : contentType), null);
    }

    private byte[] readLimited(InputStream in, URI uri) throws IOException, ArticleFetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > maxBytes) {
                throw tooLarge(uri);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private ArticleFetchException tooLarge(URI uri) {
        return new ArticleFetchException(Reason.TOO_LARGE, uri, "Page is larger than " + maxBytes / 1024
                + " KiB", null);
    }

    private static Charset charsetOf(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        try {
            return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
