package io.factdesk.core.common;

/** Text that is not an absolute http(s) address; the message says why in words a person can act on. */
public final class InvalidWebUrl extends IllegalArgumentException {

    public InvalidWebUrl(String reason) {
        super(reason);
    }
}
