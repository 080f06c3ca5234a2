package io.factdesk.verification.workflow;

/** A rule's answer when it refuses: the reason, and optionally a detail about this case for people. */
public record Refusal(RefusalReason reason, String detail) {

    public static Refusal of(RefusalReason reason) {
        return new Refusal(reason, null);
    }

    public TransitionRefused toException(Transition transition) {
        return new TransitionRefused(transition, reason, detail);
    }
}
