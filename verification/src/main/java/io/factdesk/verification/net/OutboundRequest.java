package io.factdesk.verification.net;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request for {@link GuardedHttpClient}.
 *
 * @param timeout      for the whole exchange, redirects and body included
 * @param maxBytes     largest body read; 0 reads none (only the status matters)
 * @param maxRedirects redirects followed (each target checked again); 0 returns a redirect as it is
 */
public record OutboundRequest(String method, URI uri, Map<String, String> headers, byte[] body, String contentType,
        Duration timeout, long maxBytes, int maxRedirects) {

    public static final int DEFAULT_MAX_REDIRECTS = 5;

    public OutboundRequest {
        headers = Map.copyOf(headers);
    }

    public static OutboundRequest get(URI uri, Duration timeout, long maxBytes) {
        return new OutboundRequest("GET", uri, Map.of(), null, null, timeout, maxBytes, DEFAULT_MAX_REDIRECTS);
    }

    /** A POST whose answer is judged by its status alone; redirects are not followed. */
    public static OutboundRequest post(URI uri, byte[] body, String contentType, Duration timeout) {
        return new OutboundRequest("POST", uri, Map.of(), body, contentType, timeout, 0, 0);
    }

    public OutboundRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutboundRequest(method, uri, more, body, contentType, timeout, maxBytes, maxRedirects);
    }

    OutboundRequest to(URI next) {
        return new OutboundRequest(method, next, headers, body, contentType, timeout, maxBytes, maxRedirects);
    }
}
