package io.factdesk.verification.publishing;

import java.util.List;

/** The values the search filters offer: organisations with published verdicts and the ratings in use. */
public record FilterChoices(List<Choice> organisations, List<Choice> ratings) {

    /** A value and its label. */
    public record Choice(String value, String label) {
    }
}
