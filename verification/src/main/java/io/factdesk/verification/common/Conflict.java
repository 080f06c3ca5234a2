package io.factdesk.verification.common;

import java.util.List;

/**
 * A request that is valid in itself but conflicts with the current state, e.g. editing a claim that is no longer
 * editable. {@code code} is stable (the API puts it in the problem type).
 */
public final class Conflict extends Refused {

    /**
     * A conflict whose message is the bundle's {@code conflict_<code>} text with {@code arguments} (e.g. the id or
     * login it names), so it reads the same in every language.
     */
    public static Conflict of(String code, Object... arguments) {
        return new Conflict(code, "conflict_" + code.replace('-', '_'), List.of(arguments));
    }

    private Conflict(String code, String key, List<Object> arguments) {
        super(code, key, arguments, null, RefusalMessages.english(key, arguments));
    }

    /**
     * Refused by a rule of the review workflow.
     *
     * @param messageKey the key of the rule's text in the refusals bundle
     * @param arguments the arguments of the rule's text (e.g. the numbers of an evidence shortfall)
     * @param detail what the rule adds about this case, or null
     */
    public Conflict(String transition, String code, String messageKey, List<?> arguments, Detail detail,
            String message) {
        super(code, messageKey, arguments, transition, detail, message);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
