package io.factdesk.verification.checkworthiness;

/**
 * The linguistic features the check-worthiness model weighs next to the sentence embedding. Each names the
 * reason a reviewer reads when the feature moves a score; the quoted words follow the colon.
 */
public enum Cue {
    NAMES("names people, places or bodies"),
    PERSON("names a person"),
    PERSON_AND_DATE("names a person and a date"),
    DATE("gives a date"),
    NUMBER("contains a number"),
    NAMED_SOURCE("attributed to a named person or outlet"),
    UNNAMED_SOURCE("attributed to an unnamed source"),
    QUOTE("quotes someone"),
    COMPARATIVE("comparative/superlative"),
    PAST_ACTION("reports something done"),
    SPECULATION("opinion/speculation"),
    OPINION("evaluative wording"),
    QUESTION("rhetorical / question"),
    COMMENTARY("comments on the previous sentence"),
    TOO_SHORT("too short"),
    HEADING("heading");

    private final String reason;

    Cue(String reason) {
        this.reason = reason;
    }

    /** The reason's wording, without the quoted words. */
    public String reason() {
        return reason;
    }
}
