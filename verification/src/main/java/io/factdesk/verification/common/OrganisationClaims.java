package io.factdesk.verification.common;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.staff.Actor;
import java.util.Optional;

/**
 * The one way staff reach a claim by its id: only within their own organisation. Another organisation's claim is
 * reported exactly like a missing one, so nothing about it leaks.
 */
public final class OrganisationClaims {

    private OrganisationClaims() {
    }

    /** The claim if it belongs to the actor's organisation. Call it inside a transaction. */
    public static Optional<Claim> find(Actor actor, long claimId) {
        return Claim.findInOrganisation(claimId, actor.organisation());
    }

    /** The claim, or {@link NotFound} when it is missing or another organisation's. Call it inside a transaction. */
    public static Claim get(Actor actor, long claimId) {
        return find(actor, claimId).orElseThrow(() -> notFound(claimId));
    }

    /** The refusal for a claim id the actor may not reach. */
    public static NotFound notFound(long claimId) {
        return new NotFound("claim", claimId);
    }
}
