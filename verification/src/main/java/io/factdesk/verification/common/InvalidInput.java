package io.factdesk.verification.common;

import java.util.List;

/** A value a service refuses, with the field it belongs to (pages show it next to the field). */
public final class InvalidInput extends Refused {

    private final String field;

    /**
     * A refused value whose message is the bundle's {@code invalid_<key>} text with {@code arguments} (e.g. a
     * length limit), so the field's message reads the same in every language.
     */
    public static InvalidInput of(String field, String key, Object... arguments) {
        return new InvalidInput(field, "invalid_" + key, List.of(arguments));
    }

    private InvalidInput(String field, String key, List<Object> arguments) {
        super("invalid", key, arguments, null, RefusalMessages.english(key, arguments));
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
