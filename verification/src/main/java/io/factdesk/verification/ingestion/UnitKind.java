package io.factdesk.verification.ingestion;

/** What a segmented unit of an article is; the desk shows headings and posts differently from prose. */
public enum UnitKind {
    /** A sentence of running text. */
    SENTENCE,
    /** A headline or section heading: a short title-case line without closing punctuation. */
    HEADING,
    /** An item of a bulleted or numbered list. */
    BULLET,
    /** An embedded social-media post (text plus its "— Name (@handle) date" signature). */
    SOCIAL_POST
}
