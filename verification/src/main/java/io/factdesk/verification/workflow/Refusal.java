package io.factdesk.verification.workflow;

import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.Refused;
import io.factdesk.verification.common.StaleVersion;
import java.util.List;

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

    /**
     * The refusal as the services' one refusal type: a claim outside the actor's organisation is not found, a
     * wrong role is forbidden, a changed claim is stale, and every other rule is a conflict named by its code.
     */
    public Refused toException(Transition transition) {
        String message = detail == null ? reason.message() : reason.message() + " " + detail;
        String name = transition.name();
        return switch (reason) {
            case NOT_FOUND, WRONG_ORGANISATION -> new NotFound(name, reason.code(), message);
            case WRONG_ROLE -> new NotPermitted(name, reason.code(), message);
            case STALE_VERSION -> new StaleVersion(name, "claim", null);
            default -> new Conflict(name, reason.code(), message, shortfall == null ? List.of()
                    : List.of(shortfall.neededItems(), shortfall.neededPublishers(), shortfall.items(),
                            shortfall.publishers()));
        };
    }
}
