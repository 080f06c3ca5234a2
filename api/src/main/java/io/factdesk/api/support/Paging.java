package io.factdesk.api.support;

import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.PageRequest;

/** Reads the {@code page} and {@code size} query parameters; bad values are a 400 naming the parameter. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(String page, String size) {
        return new PageRequest(number("page", page, 1), number("size", size, PageRequest.DEFAULT_SIZE));
    }

    /** A {@code limit}-like parameter: a whole number from 1 to {@code max}, else a 400 naming it. */
    public static int limit(String name, String value, int fallback, int max) {
        int limit = number(name, value, fallback);
        if (limit < 1 || limit > max) {
            throw InvalidInput.of(name, "number_up_to", max);
        }
        return limit;
    }

    static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "whole_number");
        }
    }
}
