package io.factdesk.verification.settings;

/**
 * An organisation's review policies.
 *
 * @param approvalsRequired k: distinct editors who must approve a review round (1..10)
 * @param panelSize n: size of the approval panel, at least k (1..20)
 * @param minEvidence evidence items needed before a review can be submitted (0..50)
 * @param minDistinctPublishers how many different publishers that evidence must span (at most minEvidence)
 */
public record Policies(int approvalsRequired, int panelSize, int minEvidence, int minDistinctPublishers) {
}
