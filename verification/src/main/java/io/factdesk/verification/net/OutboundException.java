package io.factdesk.verification.net;

/**
 * An outbound request that was refused or failed. The message is safe to show to the person who entered the URL:
 * it never says whether a refused address was open, closed or slow, so the app cannot be used to map a network.
 */
public class OutboundException extends Exception {

    /** Why the request did not produce a response. */
    public enum Kind {
        /** Not an absolute http(s) URL with a host, or a form of address this client does not read. */
        INVALID_URL("refused: not an http(s) address with a host name"),
        /** The host is, or resolved to, an address outbound requests may not reach. */
        REFUSED("refused: address not allowed"),
        /** More redirects than allowed. */
        TOO_MANY_REDIRECTS("refused: too many redirects"),
        /** No answer (connection, TLS or response) within the time allowed. */
        TIMEOUT("failed: no answer in time"),
        /** The name did not resolve, or the connection or TLS handshake failed. */
        UNREACHABLE("failed: could not connect"),
        /** The response body is larger than allowed. */
        TOO_LARGE("failed: response too large");

        private final String message;

        Kind(String message) {
            this.message = message;
        }
    }

    private final Kind kind;

    public OutboundException(Kind kind, Throwable cause) {
        super(kind.message, cause);
        this.kind = kind;
    }

    public OutboundException(Kind kind) {
        this(kind, null);
    }

    public Kind kind() {
        return kind;
    }
}
