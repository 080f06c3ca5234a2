package io.factdesk.verification.workflow;

/**
 * A transition the workflow will not make. Carries the rule that refused it and a message for people; it knows
 * nothing of HTTP (the API maps it to 409, or 412 for {@link RefusalReason#STALE_VERSION}).
 */
public class TransitionRefused extends RuntimeException {

    private final RefusalReason reason;
    private final Transition transition;

    public TransitionRefused(Transition transition, RefusalReason reason, String detail) {
        super(detail == null ? reason.message() : reason.message() + " " + detail);
        this.transition = transition;
        this.reason = reason;
    }

    public TransitionRefused(Transition transition, RefusalReason reason) {
        this(transition, reason, null);
    }

    public RefusalReason reason() {
        return reason;
    }

    public Transition transition() {
        return transition;
    }
}
