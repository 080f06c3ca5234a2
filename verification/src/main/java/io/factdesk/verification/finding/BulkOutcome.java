package io.factdesk.verification.finding;

import java.util.List;

/**
 * What a bulk action did: how many claims it changed and which it refused, each with its own reason.
 *
 * @param done claims the action was applied to
 * @param refused claims it was not applied to
 */
public record BulkOutcome(int done, List<Refused> refused) {

    /**
     * @param claimId the claim
     * @param reason a stable code: a workflow refusal code ("wrong-state"), "not-found", "stale-version" or
     *               "already-tagged"
     */
    public record Refused(long claimId, String reason) {
    }
}
