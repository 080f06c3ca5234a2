package io.factdesk.core.common;

import java.util.List;

/**
 * Text that is not an absolute http(s) address; the message says why in words a person can act on (English), and
 * {@link #key()} with {@link #arguments()} names the reason for texts in other languages.
 */
public final class InvalidWebUrl extends IllegalArgumentException {

    private final String key;
    private final List<Object> arguments;

    public InvalidWebUrl(String key, String reason, Object... arguments) {
        super(reason);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** The reason in a word, e.g. "url_scheme" or "too_long". */
    public String key() {
        return key;
    }

    /** The reason's arguments (e.g. the length limit). */
    public List<Object> arguments() {
        return arguments;
    }
}
