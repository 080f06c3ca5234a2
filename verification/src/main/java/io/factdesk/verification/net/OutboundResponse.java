package io.factdesk.verification.net;

import java.net.URI;

/**
 * What came back.
 *
 * @param uri         the URL that answered, after any redirects
 * @param contentType the Content-Type header, or "" without one
 * @param location    the Location header of a redirect that was not followed, or null
 */
public record OutboundResponse(URI uri, int status, String contentType, String location, byte[] body) {
}
