package io.factdesk.verification.ingestion;

/**
 * Tracks whether a quotation is open at a position of a paragraph, for straight and curly, double and single
 * quotes, and for the guillemets «…» and low-high quotes „…“ of Ukrainian text (where “ closes what „ opened,
 * and guillemets nest: «видання «Економічна правда»»). Apostrophes (Ukraine’s, can't) look like single closing quotes, so a single quote only opens after
 * a space or opening punctuation and only closes when it is not followed by a letter.
 */
final class Quotations {

    private boolean doubleOpen;
    private boolean singleOpen;
    private boolean lowOpen;
    private int guillemets;

    /** Advances over {@code text[from, to)} and returns whether a quotation is open at {@code to}. */
    boolean scan(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            switch (c) {
                case '«' -> guillemets++;
                case '»' -> guillemets = Math.max(0, guillemets - 1);
                case '„' -> lowOpen = true;
                case '“' -> {
                    if (lowOpen) {
                        lowOpen = false;
                    } else {
                        doubleOpen = true;
                    }
                }
                case '”' -> doubleOpen = false;
                case '"' -> doubleOpen = !doubleOpen;
                case '‘' -> singleOpen = !Character.isLetter(prev) || singleOpen;
                case '’', '\'' -> {
                    boolean apostrophe = Character.isLetter(prev) && Character.isLetter(next);
                    if (apostrophe) {
                        break;
                    }
                    if (singleOpen && !Character.isWhitespace(prev)) {
                        singleOpen = false;
                    } else if (c == '\'' && !Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                        singleOpen = true;
                    }
                }
                default -> {
                }
            }
        }
        return doubleOpen || singleOpen || lowOpen || guillemets > 0;
    }
}
