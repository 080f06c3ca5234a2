package io.factdesk.verification.common;

/**
 * The thing asked for does not exist for this caller. Staff of another organisation get this too, so that the
 * existence of another organisation's drafts never leaks.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super("There is no " + what + " " + id + ".");
    }
}
