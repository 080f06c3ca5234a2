package io.factdesk.verification.ingestion;

import com.google.re2j.Pattern;

/**
 * Brings text from any source to one canonical form before segmentation, so that sentence offsets stored
 * with an article always refer to the same string the desk displays. Quotes and dashes are kept as written:
 * they are evidence (a quotation, an attribution) and the reviewer must see the original characters.
 */
public final class TextNormaliser {

    private static final Pattern LINE_BREAK = Pattern.compile("\\n");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x{200B}\\x{200C}\\x{200D}\\x{2060}\\x{FEFF}\\x{00AD}]");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\t\\x{00A0}\\x{2007}\\x{202F}\\x{2009}\\x{200A}\\x{3000}]");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextNormaliser() {
    }

    /** Unifies line endings and spaces, trims every line and keeps at most one blank line between paragraphs. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = ODD_SPACES.matcher(text).replaceAll(" ");
        StringBuilder out = new StringBuilder(text.length());
        for (String line : LINE_BREAK.split(text, -1)) {
            out.append(RUNS_OF_SPACES.matcher(line.strip()).replaceAll(" ")).append('\n');
        }
        return MANY_BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }
}
