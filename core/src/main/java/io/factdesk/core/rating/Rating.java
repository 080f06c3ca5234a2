package io.factdesk.core.rating;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of an organisation's rating scale, e.g. "Mostly false" (value 2) or "Unproven" (no value). */
@Entity
public class Rating extends OrganisationOwned {

    public String code;
    public String label;

    /** ClaimReview ratingValue; null for unrated entries, which carry only their alternateName. */
    public Integer numericValue;

    public int position;
    public String colour;
    public String description = "";

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> translations = new HashMap<>();

    /** The description per language code (e.g. "uk"); the default description is {@link #description}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> descriptionTranslations = new HashMap<>();

    public static List<Rating> scaleOf(Organisation organisation) {
        return list("organisation = ?1 order by position", organisation);
    }

    public static Optional<Rating> find(Organisation organisation, String code) {
        return find("organisation = ?1 and code = ?2", organisation, code).firstResultOptional();
    }

    /** The label in the given language, falling back to the default label. */
    public String labelIn(String language) {
        return translations.getOrDefault(language, label);
    }

    /** The description in the given language, falling back to the default description. */
    public String descriptionIn(String language) {
        return descriptionTranslations.getOrDefault(language, description);
    }
}
