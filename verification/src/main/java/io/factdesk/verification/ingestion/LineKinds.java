package io.factdesk.verification.ingestion;

import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Set;

/** Recognises the line-level structure of an article: bullets, headings, social-post signatures. */
final class LineKinds {

    private static final Pattern BULLET = Pattern.compile("^(?:[-*•▪◦–]|\\d{1,2}[.)])\\s+\\S.*");
    /** "— Belle & MrB (@bellewitch66) November 20, 2025", the signature line of an embedded X/Twitter post. */
    private static final Pattern POST_SIGNATURE = Pattern.compile(
            "^[—–-]{1,2}\\s*[^\\n]{1,80}\\(@\\w{1,30}\\)\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*$");
    private static final Pattern BULLET_MARKER = Pattern.compile("^(?:[-*•▪◦–]|\\d{1,2}[.)])\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "with", "by", "from", "as", "vs", "amid", "after", "over", "into", "its", "is",
            "via", "per", "up", "off", "out", "&");

    private LineKinds() {
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(line).matches() && !isPostSignature(line);
    }

    /** Length of the bullet marker and its space, so the unit starts at the item's first word. */
    static int bulletMarkerLength(String line) {
        var m = BULLET_MARKER.matcher(line);
        return m.find() ? m.end() : 0;
    }

    static boolean isPostSignature(String line) {
        return POST_SIGNATURE.matcher(line).matches();
    }

    /** Ends like a finished sentence: terminal punctuation, possibly inside closing quotes or a colon. */
    static boolean endsClosed(String line) {
        String s = line.stripTrailing();
        int i = s.length() - 1;
        while (i >= 0 && "\"'’”)]".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:".indexOf(s.charAt(i)) >= 0;
    }

    /**
     * A heading is a short line without closing punctuation whose content words are capitalised (title case),
     * or any short unpunctuated line that stands alone before a blank line, a list or the end of the text.
     */
    static boolean isHeading(String line, String nextNonBlank, boolean blankFollows) {
        if (line.isEmpty() || endsClosed(line) || line.endsWith(",") || !Character.isUpperCase(firstLetter(line))) {
            return false;
        }
        String[] words = WHITESPACE.split(line);
        if (words.length > 16) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (String word : words) {
            String bare = EDGE_PUNCTUATION.matcher(word).replaceAll("");
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0))) {
                capitalised++;
            }
        }
        boolean titleCase = content > 0 && capitalised >= 0.75 * content;
        boolean standsAlone = words.length <= 8 && (blankFollows || nextNonBlank == null || isBullet(nextNonBlank));
        return titleCase || standsAlone;
    }

    /**
     * The first line of a pasted article is its headline, in sentence case too ("Trump set to meet Zelenskiy as
     * peace push intensifies"), when it is unpunctuated and followed by a blank line, or is short and does not
     * break off mid-phrase (a hard-wrapped first sentence ends its line with "and", "the", "of" …).
     */
    static boolean isHeadline(String line, String nextNonBlank, boolean blankFollows) {
        if (nextNonBlank == null || line.isEmpty() || endsClosed(line) || line.endsWith(",")
                || !Character.isUpperCase(firstLetter(line)) || Character.isLowerCase(firstLetter(nextNonBlank))) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                words++;
            }
        }
        String last = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return words <= 25 && (blankFollows || words <= 14 && !SMALL_WORDS.contains(last));
    }

    private static char firstLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return Character.isDigit(line.charAt(i)) ? 'A' : line.charAt(i);
            }
        }
        return 'a';
    }
}
