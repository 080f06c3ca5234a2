package io.factdesk.verification.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the names of one tokenised, part-of-speech tagged sentence (Universal Dependencies tags), telling
 * people from places, outlets and bodies. A run is a sequence of capitalised words; a person is a run that
 * follows a title ("President", "Kremlin spokesman") and that the {@link Gazetteer} does not know as a place,
 * outlet or body. Weekday, month and occasion words are not names ("Monday's meeting", "Independence Day"), a
 * nationality adjective or a line-titling word alone is not one ("European", "Focus on …"), and in a line written
 * in title case ("Story Overview", "US Army and Ukraine’s Strategic Engagement") only names the lists know and
 * titled people are kept, since every word there is capitalised.
 */
public final class ProperNames {

    /** Words that introduce a person. */
    static final Set<String> TITLES = Set.of("president", "minister", "secretary", "senator", "sen.", "chancellor",
            "chief", "leader", "ambassador", "general", "gen.", "governor", "mayor", "speaker", "director", "envoy",
            "spokesman", "spokeswoman", "spokesperson", "commander", "pope", "premier", "king", "queen",
            "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");
    /** Words that extend a title without naming anyone ("Deputy Prime Minister", "Secretary of State"). */
    private static final Set<String> ROLE_WORDS = Set.of("prime", "deputy", "vice", "foreign", "defence",
            "defense", "finance", "economy", "interior", "justice", "energy", "executive", "officer", "state",
            "attorney", "acting", "special", "first", "lady", "affairs", "of", "army", "navy", "former", "central",
            "bank", "national", "security", "adviser", "advisor", "staff", "press", "majority", "minority",
            "house", "opposition", "party", "supreme");
    private static final Set<String> NOT_IN_NAMES = Set.of("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART",
            "PUNCT", "SYM", "INTJ");
    private static final int LONGEST_PERSON = 3;

    private ProperNames() {
    }

    /** The names of a sentence, in reading order. */
    public static List<ProperName> read(String[] tokens, String[] tags) {
        boolean titleCase = isTitleCase(tokens, tags);
        List<ProperName> names = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (!startsRun(tokens, tags, i)) {
                continue;
            }
            int last = runEnd(tokens, tags, i);
            names(tokens, tags, i, last, titleCase, names);
            i = last;
        }
        return names;
    }

    private static boolean startsRun(String[] tokens, String[] tags, int i) {
        if (!capitalised(tokens[i], tags[i]) || Gazetteer.isCalendarWord(plain(tokens[i]))) {
            return false;
        }
        if (i > 0 || "PROPN".equals(tags[0])) {
            return true;
        }
        // the first word is capitalised anyway: a name when tagged so, continued, possessive or a verb's subject
        String next = tokens.length > 1 ? tokens[1] : "";
        boolean continued = capitalised(next, tags.length > 1 ? tags[1] : "") && !possessive(tokens[0]);
        boolean owner = possessive(tokens[0]) || "’s".equals(next) || "'s".equals(next);
        boolean participle = tokens[0].endsWith("ing") || tokens[0].endsWith("ed");
        boolean subject = tokens.length > 1 && ("VERB".equals(tags[1]) || "AUX".equals(tags[1]))
                && !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !participle;
        return continued || owner || subject;
    }

    /** Extends a run over capitalised words, over "of" inside a title or a body's name, up to a possessive. */
    private static int runEnd(String[] tokens, String[] tags, int from) {
        int to = from;
        while (!possessive(tokens[to]) && to + 1 < tokens.length) {
            int next = to + 1;
            if ("of".equals(tokens[next]) && next + 1 < tokens.length && capitalised(tokens[next + 1], tags[next + 1])
                    && joinsWithOf(tokens[to])) {
                next++;
            }
            if (!capitalised(tokens[next], tags[next]) || Gazetteer.isCalendarWord(plain(tokens[next]))) {
                break;
            }
            to = next;
        }
        return to;
    }

    /** Adds the names of the run {@code tokens[first..last]}: a titled person, and a known body before the title. */
    private static void names(String[] tokens, String[] tags, int first, int last, boolean titleCase,
            List<ProperName> names) {
        if (last + 1 < tokens.length && Gazetteer.isCalendarWord(tokens[last + 1])) {
            return; // "Independence Day", "Victory Day": an occasion
        }
        NameKind whole = Gazetteer.kindOf(text(tokens, first, last));
        if (whole != NameKind.OTHER) { // "General Motors", "European Central Bank": not a title and a name
            names.add(new ProperName(text(tokens, first, last), whole, first, last));
            return;
        }
        int nameFrom = first;
        int firstTitle = -1;
        boolean titled = first > 0 && TITLES.contains(lower(tokens[first - 1]));
        for (int i = first; i <= last; i++) {
            String word = lower(plain(tokens[i]));
            if (TITLES.contains(word)) {
                titled = true;
                firstTitle = firstTitle < 0 ? i : firstTitle;
                nameFrom = i + 1; // "President Donald Trump": the title is not part of the name
            } else if (ROLE_WORDS.contains(word) && nameFrom == i && (titled || i < last
                    && TITLES.contains(lower(tokens[i + 1])))) {
                firstTitle = firstTitle < 0 ? i : firstTitle;
                nameFrom = i + 1;
            }
        }
        if (firstTitle > first) { // "ECB President …", "US Army Secretary …": the body the person speaks for
            String before = text(tokens, first, firstTitle - 1);
            NameKind kind = Gazetteer.kindOf(before);
            if (kind != NameKind.OTHER) {
                names.add(new ProperName(before, kind, first, firstTitle - 1));
            }
        }
        if (nameFrom > last) {
            return;
        }
        String text = text(tokens, nameFrom, last);
        NameKind known = Gazetteer.kindOf(text);
        if (known == NameKind.OTHER && onlyCommonWords(tokens, nameFrom, last)) {
            return;
        }
        boolean modifier = last + 1 < tokens.length && "NOUN".equals(tags[last + 1]) && !possessive(tokens[last]);
        boolean person = titled && known == NameKind.OTHER && !modifier && last - nameFrom < LONGEST_PERSON;
        if (titleCase && known == NameKind.OTHER && !person) {
            return;
        }
        names.add(new ProperName(text, person ? NameKind.PERSON : known, nameFrom, last));
    }

    /** A line where nearly every longer word is capitalised, such as a headline or a section title. */
    private static boolean isTitleCase(String[] tokens, String[] tags) {
        int longer = 0;
        int capitalised = 0;
        for (int i = 1; i < tokens.length; i++) {
            if (tokens[i].length() >= 4 && Character.isLetter(tokens[i].charAt(0)) && !"PUNCT".equals(tags[i])) {
                longer++;
                if (Character.isUpperCase(tokens[i].charAt(0))) {
                    capitalised++;
                }
            }
        }
        return longer >= 2 && capitalised * 4 >= longer * 3;
    }

    private static boolean onlyCommonWords(String[] tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            String word = plain(tokens[i]);
            if (!Gazetteer.isCommonWord(word) && !Gazetteer.isHeadWord(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinsWithOf(String token) {
        String word = lower(token);
        return TITLES.contains(word) || ROLE_WORDS.contains(word)
                || Gazetteer.kindOf("x " + token) == NameKind.ORGANISATION; // "Bank of England", "Ministry of …"
    }

    private static boolean capitalised(String token, String tag) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0)) && !NOT_IN_NAMES.contains(tag);
    }

    private static boolean possessive(String token) {
        return token.endsWith("’s") || token.endsWith("'s");
    }

    /** The token without a possessive ending. */
    private static String plain(String token) {
        return possessive(token) ? token.substring(0, token.length() - 2) : token;
    }

    private static String text(String[] tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append(i > from ? " " : "").append(i == to ? plain(tokens[i]) : tokens[i]);
        }
        return text.toString();
    }

    private static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}
