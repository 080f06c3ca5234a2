package io.factdesk.verification.matching.index;

import com.google.re2j.Pattern;
import java.util.Locale;

/**
 * The text that represents a claim or a query in the index. Social posts carry links, picture links and hashtags
 * that say nothing about the claim; they are dropped (plain code, no pattern matching on user text).
 */
public final class MatchText {

    private static final Pattern SPACE = Pattern.compile(" ");

    private MatchText() {
    }

    /** A published fact-check is found by its claim and its headline, which often names the claim differently. */
    public static String of(String claimText, String headline) {
        String text = claimText == null ? "" : claimText.strip();
        if (headline == null || headline.isBlank() || sameText(text, headline)) {
            return text;
        }
        return text + "\n" + headline.strip();
    }

    /** The text without links and with hashtags and mentions as plain words. */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : SPACE.split(text, -1)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")
                    || lower.startsWith("pic.twitter.com/")) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.replace('#', ' ').replace('@', ' '));
        }
        return out.toString().strip();
    }

    private static boolean sameText(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
