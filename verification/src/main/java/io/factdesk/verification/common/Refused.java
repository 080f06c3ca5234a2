package io.factdesk.verification.common;

import java.util.List;

/**
 * Every refusal of the application services: the request was understood and nothing was changed. Its
 * {@link Kind} says what sort of refusal it is, {@link #code()} names the rule (stable; the API puts it in the
 * problem type), and {@link #messageKey()} with {@link #arguments()} is the message for people in the
 * {@code refusals} bundle ({@link RefusalMessages}); {@link #getMessage()} is the same message in English. It
 * knows nothing of HTTP: the API and the pages each map it once, by kind.
 *
 * <p>The kinds are the permitted subclasses, so code that handles one kind catches just that one.
 */
public abstract sealed class Refused extends RuntimeException
        permits NotFound, NotPermitted, Conflict, StaleVersion, InvalidInput, RateLimited {

    /** What sort of refusal: each channel answers every kind in one way. */
    public enum Kind {
        /** Missing, or not the caller's to know about (another organisation's drafts look exactly like this). */
        NOT_FOUND,
        /** The caller's role does not allow it. */
        FORBIDDEN,
        /** Valid in itself but not in the current state. */
        CONFLICT,
        /** The caller acted on an older version than the current one. */
        STALE,
        /** A value the rules do not accept; {@link InvalidInput#field()} names it. */
        INVALID,
        /** Too many requests of this client; try again later. */
        RATE_LIMITED
    }

    private final String code;
    private final String messageKey;
    private final List<Object> arguments;
    private final String transition;
    private final Detail detail;

    Refused(String code, String messageKey, List<?> arguments, String transition, String message) {
        this(code, messageKey, arguments, transition, null, message);
    }

    Refused(String code, String messageKey, List<?> arguments, String transition, Detail detail, String message) {
        super(message);
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
        this.transition = transition;
        this.detail = detail;
    }

    /**
     * What a rule adds about this case after its general text (e.g. "The claim is rated."): a key of the refusals
     * bundle and its arguments.
     */
    public record Detail(String key, List<Object> arguments) {

        public Detail {
            arguments = List.copyOf(arguments);
        }
    }

    public abstract Kind kind();

    /** The rule that refused, e.g. "four-eyes" or "not-editable"; the kind's own name when there is no finer one. */
    public String code() {
        return code;
    }

    /** The key of the message for people in the refusals bundle ({@link RefusalMessages}). */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, in the order the bundle's message takes them. */
    public List<Object> arguments() {
        return arguments;
    }

    /** The detail about this case, or null when the message says it all. */
    public Detail detail() {
        return detail;
    }

    /** The workflow transition a rule of the review workflow refused (e.g. "APPROVE"); null for other services. */
    public String transition() {
        return transition;
    }

    /** True when a rule of the review workflow refused a transition. */
    public boolean byWorkflow() {
        return transition != null;
    }
}
