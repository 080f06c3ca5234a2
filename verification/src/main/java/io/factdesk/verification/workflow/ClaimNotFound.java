package io.factdesk.verification.workflow;

/**
 * A staff read asked for a claim that does not exist in the actor's organisation. Another organisation's claim
 * is reported exactly like a missing one, so nothing about it leaks (the API answers 404).
 */
public class ClaimNotFound extends RuntimeException {

    public ClaimNotFound(long claimId) {
        super("There is no claim " + claimId + " in your organisation.");
    }
}
