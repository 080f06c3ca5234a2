package io.factdesk.core.rating;

import io.factdesk.core.organisation.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of an organisation's rating scale, e.g. "Mostly false" (value 2) or "Unproven" (no value). */
@Entity
public class Rating extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String code;
    public String label;

    /** ClaimReview ratingValue; null for unrated entries, which carry only their alternateName. */
    @Column(name = "numeric_value")
    public Integer numericValue;

    public int position;
    public String colour;
    public String description = "";

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> translations = new HashMap<>();

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
}
