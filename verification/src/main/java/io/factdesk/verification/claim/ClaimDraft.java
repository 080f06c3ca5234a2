package io.factdesk.verification.claim;

import io.factdesk.core.claim.ClaimantKind;
import java.time.LocalDate;

/**
 * A new claim as staff enter it.
 *
 * @param text the normalised statement (required, at most {@link #TEXT_LENGTH} characters)
 * @param claimant who made it (person or outlet), optional
 * @param claimedOn when it was made, optional
 * @param language ISO language code, "en" when null
 * @param topics comma-separated topics, optional
 * @param appearance where it was seen, optional
 * @param claimantKind whether the claimant is a person or an organisation; null when not stated
 */
public record ClaimDraft(String text, String claimant, LocalDate claimedOn, String language, String topics,
        AppearanceDraft appearance, ClaimantKind claimantKind) {

    /** Limits declared once: the service, the API's request records and the desk's forms read them from here. */
    public static final int TEXT_LENGTH = 2000;
    public static final int CLAIMANT_LENGTH = 300;
    public static final int TOPICS_LENGTH = 500;

    /** A draft that does not state what kind of claimant it names. */
    public ClaimDraft(String text, String claimant, LocalDate claimedOn, String language, String topics,
            AppearanceDraft appearance) {
        this(text, claimant, claimedOn, language, topics, appearance, null);
    }
}
