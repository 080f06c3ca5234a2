package io.factdesk.core.review;

/** What became of one review round. */
public enum ReviewStatus {
    SUBMITTED,
    APPROVED,
    RETURNED,
    SUPERSEDED
}
