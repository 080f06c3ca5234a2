package io.factdesk.verification.claim;

import io.factdesk.verification.appearance.AppearanceDraft;
import java.time.LocalDate;

/**
 * A new claim as staff enter it.
 *
 * @param text the normalised statement (required, at most 2000 characters)
 * @param claimant who made it (person or outlet), optional
 * @param claimedOn when it was made, optional
 * @param language ISO language code, "en" when null
 * @param topics comma-separated topics, optional
 * @param appearance where it was seen, optional
 */
public record ClaimDraft(String text, String claimant, LocalDate claimedOn, String language, String topics,
        AppearanceDraft appearance) {
}
