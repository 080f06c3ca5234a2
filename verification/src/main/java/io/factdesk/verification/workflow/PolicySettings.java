package io.factdesk.verification.workflow;

import io.factdesk.core.organisation.Organisation;

/**
 * An organisation's review policies, read from its columns (see docs/workflow.md).
 *
 * @param approvalsRequired k in k-of-n: distinct editors who must approve the same review round
 * @param panelSize n in k-of-n; informational, never less than k
 * @param minEvidence evidence items a claim needs before its review can be submitted
 * @param minDistinctPublishers how many different publishers that evidence must come from
 * @param typoCorrectionsAllowed whether one editor alone may publish a typo-level correction
 */
public record PolicySettings(int approvalsRequired, int panelSize, int minEvidence, int minDistinctPublishers,
        boolean typoCorrectionsAllowed) {

    /** What a new organisation starts with: one approval, two items from two publishers, no typo path. */
    public static final PolicySettings DEFAULTS = new PolicySettings(1, 1, 2, 2);

    public PolicySettings(int approvalsRequired, int panelSize, int minEvidence, int minDistinctPublishers) {
        this(approvalsRequired, panelSize, minEvidence, minDistinctPublishers, false);
    }

    public static PolicySettings of(Organisation organisation) {
        return new PolicySettings(organisation.approvalsRequired, organisation.panelSize, organisation.minEvidence,
                organisation.minDistinctPublishers, organisation.typoCorrectionsAllowed);
    }
}
