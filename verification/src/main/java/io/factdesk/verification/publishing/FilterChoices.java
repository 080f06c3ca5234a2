package io.factdesk.verification.publishing;

import java.util.List;

/**
 * The values the search filters offer: organisations with published verdicts, the ratings in use and the
 * languages published claims are written in (each named in itself: "English", "Українська").
 */
public record FilterChoices(List<Choice> organisations, List<Choice> ratings, List<Choice> languages) {

    /** A value and its label. */
    public record Choice(String value, String label) {
    }
}
