package io.factdesk.verification.names;

/** What a capitalised name in news text is taken for. */
public enum NameKind {
    /** Introduced by a title ("President Donald Trump", "Kremlin spokesman Dmitry Peskov"). */
    PERSON,
    /** A country, region or city of the gazetteer ("Frankfurt", "United States"). */
    PLACE,
    /** A news agency or outlet ("Reuters", "Financial Times"). */
    OUTLET,
    /** A body: a known one ("Kremlin", "NATO") or a name ending in a word like "Bank" or "Council". */
    ORGANISATION,
    /** Anything else capitalised: an untitled person ("Zelenskiy said"), a product, an event. */
    OTHER
}
