package io.factdesk.verification.claim;

/** The desk's work queues (DESIGN.md §5). */
public enum DeskQueue {
    /** Claims assigned to me that are in review or awaiting approval. */
    MINE,
    /** Submitted claims nobody has taken yet. */
    UNASSIGNED,
    /**
     * Reviewed claims I did not write, whose current round I have not approved yet, and published verdicts with a
     * correction I did not propose and have not approved yet (editors only).
     */
    AWAITING_MY_APPROVAL,
    /** Claims whose latest review an editor returned to me. */
    RETURNED_TO_ME
}
