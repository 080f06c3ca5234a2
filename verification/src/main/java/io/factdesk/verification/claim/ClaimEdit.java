package io.factdesk.verification.claim;

import java.time.LocalDate;

/** New wording for a claim that is still editable; every field replaces the current value. */
public record ClaimEdit(String text, String claimant, LocalDate claimedOn, String topics) {
}
