package io.factdesk.verification.sourcing;

/** What a sourcing flag warns about. Sentence flags come from one sentence; the last two are article-level. */
public enum FlagKind {
    /** The source is deliberately unnamed: "a senior U.S. official who spoke on condition of anonymity". */
    ANONYMOUS_SOURCE,
    /** The source is an unnamed group or an unspecific person: "critics say", "some U.S. lawmakers". */
    VAGUE_SOURCE,
    /** The author distances themselves from the statement: "reportedly", "alleged", "suggests". */
    HEDGE,
    /** A named person or outlet the statement is attributed to: "first reported by Reuters". */
    ATTRIBUTION,
    /** The same person is named in two different ways, in one article or across articles. */
    NAME_VARIANT,
    /** A title that the dates the text itself states make impossible: "former President" during the term. */
    TITLE_DATE_CONTRADICTION;

    /** True for the kinds found by comparing statements across the article rather than in one sentence. */
    public boolean isInconsistency() {
        return this == NAME_VARIANT || this == TITLE_DATE_CONTRADICTION;
    }
}
