package io.factdesk.verification.sourcing;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import io.factdesk.verification.names.Gazetteer;
import io.factdesk.verification.names.NameKind;
import java.util.List;

/**
 * Finds people named with a title ("Ukrainian President Vladimir Zelensky", "Kremlin chief Vladimir Putin",
 * "US Army Secretary Daniel Driscoll"). Only titled names are taken as people, which keeps places and
 * organisations ("Kyiv", "Financial Times") out of the name-variant check; the word lists of
 * {@link Gazetteer} keep out what still follows a title ("chief Paris correspondent", "General Motors").
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
            if (notAPerson(name)) {
                continue; // "chief Paris correspondent", "General Motors", "President Monday's …"
            }
            String first = parts.length == 2 ? parts[0] : null;
            mentions.add(new Mention(first, parts[parts.length - 1], m.start(1), m.start(1) + name.length()));
        }
        return mentions;
    }

    /**
     * Untitled mentions in {@code text} of people titled elsewhere, spelled differently: "Zelenskiy said" when
     * another article has "President Volodymyr Zelensky", or "Volodymyr Zelenskiy" with the first name. Only
     * surnames of at least {@value #SHORTEST_UNTITLED} letters, on both sides, are compared this way (a short word that
     * transliterates like a surname is too often something else); spellings the article itself titles are
     * left out (they are compared as titled mentions already).
     */
    static List<Mention> untitledVariants(String text, List<Mention> people, List<Mention> ownTitled) {
        List<Mention> found = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = at;
            while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > at && Character.isUpperCase(text.codePointAt(at)) && end - at >= SHORTEST_UNTITLED
                    && !inside(ownTitled, at)) {
                Mention variant = variantOf(text, at, end, people, ownTitled);
                if (variant != null) {
                    found.add(variant);
                }
            }
            at = Math.max(end, at + 1);
        }
        return found;
    }

    private static final int SHORTEST_UNTITLED = 6;

    private static Mention variantOf(String text, int at, int end, List<Mention> people, List<Mention> ownTitled) {
        String word = text.substring(at, end);
        if (ownTitled.stream().anyMatch(m -> m.last().equals(word)) || notAPerson(word)) {
            return null;
        }
        for (Mention person : people) {
            if (person.last().length() < SHORTEST_UNTITLED || !NameSkeleton.variants(word, person.last())) {
                continue;
            }
            Mention first = firstNameBefore(text, at, person.first());
            return first != null ? new Mention(first.first(), word, first.start(), end) : new Mention(null, word, at, end);
        }
        return null;
    }

    /** The first name just before a surname when it is the titled person's first name or a variant of it. */
    private static Mention firstNameBefore(String text, int surnameAt, String firstName) {
        if (firstName == null || surnameAt < 2 || text.charAt(surnameAt - 1) != ' ') {
            return null;
        }
        int start = surnameAt - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, surnameAt - 1);
        boolean same = word.equals(firstName) || NameSkeleton.variants(word, firstName);
        return same ? new Mention(word, null, start, surnameAt - 1) : null;
    }

    private static boolean inside(List<Mention> mentions, int offset) {
        return mentions.stream().anyMatch(m -> m.start() <= offset && offset < m.end());
    }

    /** Places, outlets, bodies and calendar or nationality words the word lists know are nobody's name. */
    private static boolean notAPerson(String name) {
        if (Gazetteer.kindOf(name) != NameKind.OTHER) {
            return true;
        }
        for (String part : WHITESPACE.split(name)) {
            if (Gazetteer.isCommonWord(part) || Gazetteer.kindOf(part) != NameKind.OTHER) {
                return true;
            }
        }
        return false;
    }
}
