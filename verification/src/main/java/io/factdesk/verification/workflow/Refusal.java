package io.factdesk.verification.workflow;

/**
 * A rule's answer when it refuses: the reason, and optionally a detail about this case for people.
 *
 * @param shortfall what evidence is missing, for {@link RefusalReason#MINIMUM_EVIDENCE}; null otherwise
 */
public record Refusal(RefusalReason reason, String detail, EvidenceShortfall shortfall) {

    public Refusal(RefusalReason reason, String detail) {
        this(reason, detail, null);
    }

    public static Refusal of(RefusalReason reason) {
        return new Refusal(reason, null);
    }

    public TransitionRefused toException(Transition transition) {
        return new TransitionRefused(transition, reason, detail, shortfall);
    }
}
