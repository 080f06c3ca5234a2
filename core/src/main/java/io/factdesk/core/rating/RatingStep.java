package io.factdesk.core.rating;

import java.util.Map;

/**
 * One entry of a rating scale as read models carry it: the values of a {@link Rating} without the entity, so a
 * page read with plain queries and one built from loaded entities describe a rating the same way.
 */
public record RatingStep(String code, String label, Integer numericValue, String colour, String description,
        Map<String, String> translations, Map<String, String> descriptionTranslations) {

    public RatingStep {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        descriptionTranslations = descriptionTranslations == null ? Map.of() : Map.copyOf(descriptionTranslations);
    }

    public static RatingStep of(Rating rating) {
        return new RatingStep(rating.code, rating.label, rating.numericValue, rating.colour, rating.description,
                rating.translations, rating.descriptionTranslations);
    }

    /** The description in the given language, falling back to the default one (as {@link Rating#descriptionIn}). */
    public String descriptionIn(String language) {
        return descriptionTranslations.getOrDefault(language, description);
    }

    /** The label in the given language, falling back to the default label (as {@link Rating#labelIn}). */
    public String labelIn(String language) {
        return translations.getOrDefault(language, label);
    }
}
