package io.factdesk.verification.sourcing;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds people named with a title ("Ukrainian President Vladimir Zelensky", "Kremlin chief Vladimir Putin",
 * "US Army Secretary Daniel Driscoll"). Only titled names are taken as people, which keeps places and
 * organisations ("Kyiv", "Financial Times") out of the name-variant check.
 */
final class PersonMentions {

    private static final Pattern TITLED = Pattern.compile("\\b(?:President|Prime\\s+Minister|Minister|Secretary"
            + "|Senator|Sen\\.|Chancellor|[Cc]hief|[Ll]eader|Ambassador|General|Gen\\.|Mr\\.|Mrs\\.|Ms\\.|Dr\\."
            + "|Governor|Mayor|Speaker|Director|[Ee]nvoy|[Ss]pokes(?:man|woman|person)|Commander|Pope)\\s+"
            + "((?:[A-Z][\\p{L}-]+\\s+){0,2}[A-Z][\\p{L}-]+)");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * A person as named at one place.
     *
     * @param first first name, or null when only the surname follows the title
     * @param last  surname
     * @param start offset of the name (without the title)
     * @param end   offset after the name
     */
    record Mention(String first, String last, int start, int end) {
        String form() {
            return first == null ? last : first + " " + last;
        }
    }

    private PersonMentions() {
    }

    static List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            String name = POSSESSIVE.matcher(m.group(1)).replaceAll("");
            String[] parts = WHITESPACE.split(name);
            if (parts.length > 2 || parts[parts.length - 1].length() < 3) {
                continue; // "President Donald John Trump" style or initials: too ambiguous to compare
            }
            String first = parts.length == 2 ? parts[0] : null;
            mentions.add(new Mention(first, parts[parts.length - 1], m.start(1), m.start(1) + name.length()));
        }
        return mentions;
    }

    /** Every place the surname alone appears as a whole word, e.g. "Zelensky’s" or "Zelensky stated". */
    static List<Mention> surnameOccurrences(String text, String surname) {
        List<Mention> found = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(surname, from); at >= 0 && !surname.isEmpty(); at = text.indexOf(surname, from)) {
            int end = at + surname.length();
            boolean letterBefore = at > 0 && Character.isLetter(text.codePointBefore(at));
            boolean letterAfter = end < text.length() && Character.isLetter(text.codePointAt(end));
            if (letterBefore || letterAfter) {
                from = at + 1;
            } else {
                found.add(new Mention(null, surname, at, end));
                from = end;
            }
        }
        return found;
    }
}
