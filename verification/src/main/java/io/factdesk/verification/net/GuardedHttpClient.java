package io.factdesk.verification.net;

import io.factdesk.verification.net.OutboundException.Kind;
import io.factdesk.verification.net.OutboundPolicy.AddressRefused;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The one way Factdesk sends HTTP requests to addresses that people chose (webhook endpoints, article URLs).
 * Requests go only where {@link OutboundPolicy} allows. The address check sits in the lookup of every connection,
 * and the addresses it approved are the ones connected to, while the request still carries the original Host
 * header and TLS server name: a name that resolves to a public address for the check cannot resolve to an internal
 * one for the connection. Redirects are followed here, one hop at a time, each target checked like the first.
 * Every exchange has a deadline (redirects and body included) and a body limit enforced while reading; no proxy,
 * no cookies, no retries.
 */
public class GuardedHttpClient implements AutoCloseable {

    private static final int MAX_LOCATION = 2000;

    private final OutboundPolicy policy;
    private final CloseableHttpClient http;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbound-deadlines");
        t.setDaemon(true);
        return t;
    });

    public GuardedHttpClient(OutboundPolicy policy, HostResolver resolver, Duration connectTimeout) {
        this.policy = policy;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedLookup(policy, resolver))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout)).build())
                        .setMaxConnTotal(50)
                        .setMaxConnPerRoute(5)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent("Factdesk")
                .build();
    }

    /** Public addresses only, the system resolver, a five-second connect timeout: for use outside CDI. */
    public static GuardedHttpClient publicOnly() {
        return new GuardedHttpClient(OutboundPolicy.publicOnly(), HostResolver.SYSTEM, Duration.ofSeconds(5));
    }

    public OutboundPolicy policy() {
        return policy;
    }

    public OutboundResponse send(OutboundRequest request) throws OutboundException {
        long deadline = System.nanoTime() + request.timeout().toNanos();
        OutboundRequest current = request;
        for (int redirects = 0;; redirects++) {
            policy.checkUrl(current.uri());
            OutboundResponse response = once(current, deadline);
            if (response.location() == null || request.maxRedirects() == 0) {
                return response;
            }
            if (redirects == request.maxRedirects()) {
                throw new OutboundException(Kind.TOO_MANY_REDIRECTS);
            }
            current = current.to(target(current.uri(), response.location()));
        }
    }

    private OutboundResponse once(OutboundRequest request, long deadline) throws OutboundException {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            throw new OutboundException(Kind.TIMEOUT);
        }
        HttpUriRequestBase call = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach(call::setHeader);
        if (request.body() != null) {
            call.setEntity(new ByteArrayEntity(request.body(), ContentType.parse(request.contentType())));
        }
        call.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(remaining))
                .setResponseTimeout(Timeout.ofMilliseconds(remaining)).build());
        // The response timeout bounds each read, not the whole body: a server trickling bytes is cut off here.
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = deadlines.schedule(() -> {
            expired.set(true);
            call.cancel();
        }, remaining, TimeUnit.MILLISECONDS);
        try (CloseableHttpResponse response = http.execute(HttpHost.create(request.uri()), call, (HttpContext) null)) {
            return read(request, response);
        } catch (AddressRefused e) {
            throw new OutboundException(Kind.REFUSED, e);
        } catch (BodyTooLarge e) {
            throw new OutboundException(Kind.TOO_LARGE, e);
        } catch (IOException e) {
            boolean late = expired.get() || e instanceof InterruptedIOException;
            throw new OutboundException(late ? Kind.TIMEOUT : Kind.UNREACHABLE, e);
        } catch (IllegalArgumentException e) {
            throw new OutboundException(Kind.INVALID_URL, e);
        } finally {
            alarm.cancel(false);
        }
    }

    private static OutboundResponse read(OutboundRequest request, CloseableHttpResponse response) throws IOException {
        int status = response.getCode();
        String type = header(response, "Content-Type");
        String location = status / 100 == 3 && status != 304 ? emptyToNull(header(response, "Location")) : null;
        HttpEntity entity = response.getEntity();
        if (request.maxBytes() == 0 || entity == null || location != null && request.maxRedirects() > 0) {
            // Closing normally would read whatever the server still sends, to reuse the connection.
            response.close(CloseMode.IMMEDIATE);
            return new OutboundResponse(request.uri(), status, type, location, new byte[0]);
        }
        if (entity.getContentLength() > request.maxBytes()) {
            response.close(CloseMode.IMMEDIATE);
            throw new BodyTooLarge();
        }
        InputStream in = entity.getContent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > request.maxBytes()) {
                response.close(CloseMode.IMMEDIATE);
                throw new BodyTooLarge();
            }
            out.write(buffer, 0, n);
        }
        return new OutboundResponse(request.uri(), status, type, location, out.toByteArray());
    }

    private static URI target(URI from, String location) throws OutboundException {
        if (location.length() > MAX_LOCATION) {
            throw new OutboundException(Kind.INVALID_URL);
        }
        try {
            return from.resolve(new URI(location.strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new OutboundException(Kind.INVALID_URL, e);
        }
    }

    private static String header(CloseableHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null || header.getValue() == null ? "" : header.getValue();
    }

    private static String emptyToNull(String s) {
        return s.isBlank() ? null : s;
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
        deadlines.shutdownNow();
    }

    private static final class BodyTooLarge extends IOException {
    }

    /** The connection's lookup: resolve once, check every answer, connect to exactly those addresses. */
    private record CheckedLookup(OutboundPolicy policy, HostResolver resolver) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            String name = HostForms.normalise(host);
            List<InetAddress> addresses = resolver.resolve(name);
            policy.checkResolved(name, addresses);
            return addresses.toArray(InetAddress[]::new);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
