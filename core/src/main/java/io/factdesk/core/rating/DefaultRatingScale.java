package io.factdesk.core.rating;

import io.factdesk.core.organisation.Organisation;
import java.util.List;

/** The rating scale every new organisation starts with (DESIGN.md §2). */
public final class DefaultRatingScale {

    /**
     * One rating; {@code ukrainian} and {@code ukrainianDescription} are its label and description in Ukrainian
     * (stored as the "uk" translations).
     */
    public record Entry(String code, String label, Integer value, String colour, String description,
            String ukrainian, String ukrainianDescription) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("true", "True", 5, "#1b7a3a",
                    "The statement is accurate and nothing significant is missing.",
                    "Правда",
                    "Твердження точне, і нічого суттєвого не бракує."),
            new Entry("mostly-true", "Mostly true", 4, "#4f8a1f",
                    "The statement is accurate but needs clarification or additional information.",
                    "Переважно правда",
                    "Твердження точне, але потребує уточнення або додаткової інформації."),
            new Entry("half-true", "Half true", 3, "#8a6d00",
                    "The statement is partially accurate but leaves out important details or takes things out of context.",
                    "Напівправда",
                    "Твердження частково точне, але оминає важливі подробиці або вириває факти з контексту."),
            new Entry("mostly-false", "Mostly false", 2, "#b35900",
                    "The statement contains an element of truth but ignores critical facts that would give a different impression.",
                    "Переважно неправда",
                    "Твердження містить частку правди, але ігнорує ключові факти, які створили б інше враження."),
            new Entry("false", "False", 1, "#b3261e",
                    "The statement is not accurate.",
                    "Неправда",
                    "Твердження неточне."),
            new Entry("pants-on-fire", "Pants on fire", 0, "#7a1010",
                    "The statement is not accurate and makes a ridiculous claim.",
                    "Цілковита брехня",
                    "Твердження неточне й до того ж абсурдне."),
            new Entry("unproven", "Unproven", null, "#555555",
                    "The evidence available does not allow a rating either way.",
                    "Не доведено",
                    "Наявні докази не дозволяють дати оцінку ні в той, ні в інший бік."));

    private DefaultRatingScale() {
    }

    /** Persists the default scale for an organisation that has none yet. */
    public static void seed(Organisation organisation) {
        if (Rating.count("organisation", organisation) > 0) {
            return;
        }
        int position = 0;
        for (Entry entry : ENTRIES) {
            Rating rating = new Rating();
            rating.organisation = organisation;
            rating.code = entry.code();
            rating.label = entry.label();
            rating.numericValue = entry.value();
            rating.colour = entry.colour();
            rating.description = entry.description();
            rating.translations.put("uk", entry.ukrainian());
            rating.descriptionTranslations.put("uk", entry.ukrainianDescription());
            rating.position = position++;
            rating.persist();
        }
    }
}
