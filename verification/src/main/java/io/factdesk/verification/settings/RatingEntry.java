package io.factdesk.verification.settings;

import java.util.Map;

/**
 * One entry of a rating scale as an admin edits it.
 *
 * @param code stable identifier used by reviews and verdicts, e.g. "mostly-false" (lower case, digits, dashes)
 * @param label the name shown to readers
 * @param value ClaimReview ratingValue; null for unrated entries such as "Unproven"
 * @param colour badge colour as #rrggbb
 * @param description what the rating means, shown on the methodology page
 * @param translations label per language code, e.g. {"de": "Falsch"}; optional
 * @param descriptionTranslations description per language code, e.g. {"uk": "Твердження неточне."}; optional
 */
public record RatingEntry(String code, String label, Integer value, String colour, String description,
        Map<String, String> translations, Map<String, String> descriptionTranslations) {
}
