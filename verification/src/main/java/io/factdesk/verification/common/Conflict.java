package io.factdesk.verification.common;

import java.util.List;

/**
 * A request that is valid in itself but conflicts with the current state, e.g. editing a claim that is no longer
 * editable. {@code code} is stable (the API puts it in the problem type).
 */
public final class Conflict extends Refused {

    public Conflict(String code, String message) {
        super(code, "conflict_" + code.replace('-', '_'), List.of(), null, message);
    }

    /**
     * Refused by a rule of the review workflow.
     *
     * @param arguments the arguments of the rule's message (e.g. the numbers of an evidence shortfall)
     */
    public Conflict(String transition, String code, String message, List<?> arguments) {
        super(code, "rule_" + code.replace('-', '_'), arguments, transition, message);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
