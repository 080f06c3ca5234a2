package io.factdesk.verification.claim;

import io.factdesk.core.claim.ClaimantKind;
import java.time.LocalDate;

/**
 * New wording for a claim that is still editable; every field replaces the current value, except a null
 * {@code language} (an ISO language code such as "uk"), which keeps the claim's current one.
 */
public record ClaimEdit(String text, String claimant, LocalDate claimedOn, String topics,
        ClaimantKind claimantKind, String language) {

    /** An edit that keeps the claim's language. */
    public ClaimEdit(String text, String claimant, LocalDate claimedOn, String topics, ClaimantKind claimantKind) {
        this(text, claimant, claimedOn, topics, claimantKind, null);
    }

    /** An edit that leaves the claimant unstated as a person or an organisation. */
    public ClaimEdit(String text, String claimant, LocalDate claimedOn, String topics) {
        this(text, claimant, claimedOn, topics, null);
    }
}
