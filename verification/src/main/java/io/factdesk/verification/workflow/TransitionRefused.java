package io.factdesk.verification.workflow;

/**
 * A transition the workflow will not make. Carries the rule that refused it and a message for people; it knows
 * nothing of HTTP (the API maps it to 409, or 412 for {@link RefusalReason#STALE_VERSION}).
 */
public class TransitionRefused extends RuntimeException {

    private final RefusalReason reason;
    private final Transition transition;
    private final EvidenceShortfall shortfall;

    public TransitionRefused(Transition transition, RefusalReason reason, String detail) {
        this(transition, reason, detail, null);
    }

    TransitionRefused(Transition transition, RefusalReason reason, String detail, EvidenceShortfall shortfall) {
        super(detail == null ? reason.message() : reason.message() + " " + detail);
        this.transition = transition;
        this.reason = reason;
        this.shortfall = shortfall;
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

    /** What evidence is missing, when the minimum-evidence policy refused; null otherwise. */
    public EvidenceShortfall shortfall() {
        return shortfall;
    }
}
