package io.factdesk.core.claim;

/** Where a claim is in the review workflow (DESIGN.md §3). */
public enum ClaimState {
    SUBMITTED,
    IN_REVIEW,
    REVIEWED,
    RATED,
    DISMISSED
}
