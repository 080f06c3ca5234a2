package io.factdesk.api.settings;

import io.factdesk.core.rating.Rating;
import java.util.Map;

/** One rating-scale entry in display order. */
public record RatingView(String code, String label, Integer value, String colour, String description, int position,
        Map<String, String> translations, Map<String, String> descriptionTranslations) {

    public static RatingView of(Rating r) {
        return new RatingView(r.code, r.label, r.numericValue, r.colour, r.description, r.position, r.translations,
                r.descriptionTranslations);
    }
}
