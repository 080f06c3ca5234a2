package io.factdesk.verification.ingestion;

/**
 * One segment of an article.
 *
 * @param kind            sentence, heading, bullet or embedded post
 * @param text            the span with line breaks and runs of spaces collapsed to one space
 * @param start           offset of the first character in the normalised article text
 * @param end             offset after the last character
 * @param insideQuotation true when a quotation opened in an earlier sentence is still open at this one's start
 */
public record TextUnit(UnitKind kind, String text, int start, int end, boolean insideQuotation) {
}
