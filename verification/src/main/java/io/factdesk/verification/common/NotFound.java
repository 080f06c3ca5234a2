package io.factdesk.verification.common;

import java.util.List;

/**
 * The thing asked for does not exist for this caller. Staff of another organisation get this too, so that the
 * existence of another organisation's drafts never leaks.
 */
public final class NotFound extends Refused {

    public NotFound(String what, Object id) {
        super("not-found", "not_found", List.of(), null, "There is no " + what + " " + id + ".");
    }

    /** Refused by a rule of the review workflow: its code, the key of its text, a detail and the English message. */
    public NotFound(String transition, String code, String messageKey, Detail detail, String message) {
        super(code, messageKey, List.of(), transition, detail, message);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
