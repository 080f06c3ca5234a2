package io.factdesk.verification.claim;

/** How many claims each desk queue holds for the actor. */
public record QueueCounts(long mine, long unassigned, long awaitingMyApproval, long returnedToMe) {
}
