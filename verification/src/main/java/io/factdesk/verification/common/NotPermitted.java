package io.factdesk.verification.common;

import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;

/** The actor's role does not allow the operation. Services check this even though resources do too. */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }

    /** Throws unless the actor holds the role. */
    public static void unlessHas(Actor actor, StaffRole role) {
        if (!actor.has(role)) {
            throw new NotPermitted("This needs the " + role.tokenName() + " role.");
        }
    }
}
