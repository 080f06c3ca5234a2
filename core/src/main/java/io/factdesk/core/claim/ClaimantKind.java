package io.factdesk.core.claim;

/**
 * Whether a claimant is a person or an organisation (a ministry, an agency such as Eurostat, an outlet). Staff
 * state it; when they have not, the ClaimReview markup guesses from the name.
 */
public enum ClaimantKind {
    PERSON,
    ORGANISATION
}
