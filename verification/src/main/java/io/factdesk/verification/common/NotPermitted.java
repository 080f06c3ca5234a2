package io.factdesk.verification.common;

import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import java.util.List;

/** The actor's role does not allow the operation. Services check this even though resources do too. */
public final class NotPermitted extends Refused {

    public NotPermitted(String message) {
        super("forbidden", "forbidden", List.of(), null, message);
    }

    /** Refused by a rule of the review workflow (e.g. "wrong-role"), with the key of its text and a detail. */
    public NotPermitted(String transition, String code, String messageKey, Detail detail, String message) {
        super(code, messageKey, List.of(), transition, detail, message);
    }

    private NotPermitted(StaffRole needed) {
        super("forbidden", "needs_role", List.of(needed.tokenName()), null,
                RefusalMessages.english("needs_role", List.of(needed.tokenName())));
    }

    /** Throws unless the actor holds the role. */
    public static void unlessHas(Actor actor, StaffRole role) {
        if (!actor.has(role)) {
            throw new NotPermitted(role);
        }
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
