package io.factdesk.verification.common;

/** A value a service refuses, with the field it belongs to (pages show it next to the field). */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
