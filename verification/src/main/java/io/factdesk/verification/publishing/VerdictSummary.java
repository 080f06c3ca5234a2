package io.factdesk.verification.publishing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published verdict as lists, feeds and search results show it: the current revision's headline, summary and
 * rating (label and colour from the publishing organisation's scale).
 *
 * @param underReview whether the verdict was reopened and is being reviewed again (it stays published)
 * @param corrected whether a correction changed the verdict after it was first published
 * @param language the language the claim was written in (ISO 639-1); the rating label is in it when the scale
 *                 has one
 */
public record VerdictSummary(
        long verdictId,
        String slug,
        String headline,
        String summary,
        String claimText,
        String claimant,
        LocalDate claimedOn,
        String ratingCode,
        String ratingLabel,
        String ratingColour,
        String organisationSlug,
        String organisationName,
        Instant firstPublishedAt,
        Instant updatedAt,
        int revision,
        boolean underReview,
        boolean corrected,
        String language) {
}
