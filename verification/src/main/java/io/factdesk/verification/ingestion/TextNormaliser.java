package io.factdesk.verification.ingestion;

import java.util.regex.Pattern;

/**
 * Brings text from any source to one canonical form before segmentation, so that sentence offsets stored
 * with an article always refer to the same string the desk displays. Quotes and dashes are kept as written:
 * they are evidence (a quotation, an attribution) and the reviewer must see the original characters.
 */
public final class TextNormaliser {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\t\\u00A0\\u2007\\u202F\\u2009\\u200A\\u3000]");
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
        for (String line : text.split("\n", -1)) {
            out.append(RUNS_OF_SPACES.matcher(line.strip()).replaceAll(" ")).append('\n');
        }
        return MANY_BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }
}
