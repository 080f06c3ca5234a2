package io.factdesk.verification.common;

import java.util.List;

/** A value a service refuses, with the field it belongs to (pages show it next to the field). */
public final class InvalidInput extends Refused {

    private final String field;

    public InvalidInput(String field, String message) {
        super("invalid", "invalid", List.of(), null, message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
