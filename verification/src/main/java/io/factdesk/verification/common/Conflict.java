package io.factdesk.verification.common;

/**
 * A request that is valid in itself but conflicts with the current state, e.g. editing a claim that is no longer
 * editable. {@code code} is stable (the API puts it in the problem type).
 */
public class Conflict extends RuntimeException {

    private final String code;

    public Conflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
