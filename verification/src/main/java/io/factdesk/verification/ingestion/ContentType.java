package io.factdesk.verification.ingestion;

/** The format of article content handed to the analyser. */
public enum ContentType {
    /** Plain text, as pasted by a reviewer or stored in the demo data. */
    PLAIN_TEXT,
    /** An HTML page; the main text is extracted and navigation, scripts, asides and footers are dropped. */
    HTML
}
