package io.factdesk.verification.ingestion;

import java.net.URI;

/** A URL could not be turned into an article; {@link #reason()} says why in terms a reviewer can act on. */
public class ArticleFetchException extends Exception {

    /** Why fetching failed. */
    public enum Reason {
        /** Not an absolute http(s) URL. */
        INVALID_URL,
        /** The address is internal (or redirects there, or redirects too often) and not on the allow-list. */
        NOT_ALLOWED,
        /** No connection, DNS failure, or no answer within the timeout. */
        UNREACHABLE,
        /** The server answered with a status other than 2xx. */
        HTTP_ERROR,
        /** The body is larger than the configured limit. */
        TOO_LARGE,
        /** The body is neither HTML nor plain text. */
        UNSUPPORTED_CONTENT
    }

    private final Reason reason;
    private final URI uri;

    public ArticleFetchException(Reason reason, URI uri, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.uri = uri;
    }

    public Reason reason() {
        return reason;
    }

    public URI uri() {
        return uri;
    }
}
