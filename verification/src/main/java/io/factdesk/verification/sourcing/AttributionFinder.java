package io.factdesk.verification.sourcing;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.factdesk.verification.names.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who a statement is attributed to: a named person ("according to Zelensky", "Trump said") or an
 * outlet ("first reported by Reuters", "as reported by 'Lenta.Ru'", "the Axios portal reported"); outlets are
 * recognised by a word like "portal" or by name, from the outlet list of the {@link Gazetteer}. Pronouns
 * and unnamed sources are not attributions: those are left to the anonymous and vague source flags.
 */
final class AttributionFinder {

    private static final Set<String> NOT_A_NAME = Set.of("the", "this", "that", "these", "those", "it", "he",
            "she", "they", "we", "i", "in", "on", "as", "but", "however", "according", "while", "meanwhile",
            "today", "yet", "for", "if", "a", "an", "and", "or", "after", "during", "when", "adding", "also");

    private static final String NAME = "((?:[\"'‘“][^\"'’”\\n]{2,40}[\"'’”])|(?:[A-Z][\\p{L}.&-]*(?:\\s+(?:of\\s+)?"
            + "[A-Z][\\p{L}.&-]*){0,3}))";
    private static final String MEDIUM = "(?:portal|newspaper|paper|agency|news\\s+agency|channel|outlet|website|"
            + "broadcaster|magazine|daily|article|report|state\\s+media|media)";
    private static final String SPEECH = "(?i:reported|said|says|stated|wrote|writes|noted|told|claimed|confirmed|"
            + "announced|insisted|emphasized|emphasised|added|warned|shared|revealed|explained|argued|tweeted|posted|"
            + "clarified|asserted|stressed|acknowledged|admitted|denied|described)";

    static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?:(?i:first|originally|as|was|were)\\s+)?(?i:reported|published|broken)\\s+by\\s+"
                    + "(?:the\\s+)?" + NAME),
            Pattern.compile("(?i:according\\s+to)\\s+(?:the\\s+)?" + NAME),
            Pattern.compile("(?:(?i:the)\\s+)?" + NAME + "(\\s+" + MEDIUM + ")\\s+" + SPEECH + "\\b"),
            // "Zelensky said": without "the", the name must start a word. RE2 has no lookbehind, so the character
            // before it is matched instead (before "the" too, or a name would win over "the" + name one character
            // earlier); find() skips it again, as it skips a leading quote or comma.
            Pattern.compile("(?:[^\\p{L}]?(?i:the)\\s+|^|[^\\p{L}])" + NAME + "(?:\\s+(?:has|had|have))?\\s+" + SPEECH
                    + "\\b"),
            Pattern.compile("[,’'\"”]\\s+" + SPEECH + "\\s+" + NAME),
            Pattern.compile("(?i:confirmed|outlined|described|announced|stated|cited|quoted)\\s+by\\s+"
                    + "(?:(?:[A-Z][\\p{L}.]*\\s+){0,4})" + NAME));

    /** The words of {@link #SPEECH}, for the gates. */
    private static final String[] SPEECH_WORDS = {"reported", "said", "says", "stated", "wrote", "writes", "noted",
        "told", "claimed", "confirmed", "announced", "insisted", "emphasized", "emphasised", "added", "warned",
        "shared", "revealed", "explained", "argued", "tweeted", "posted", "clarified", "asserted", "stressed",
        "acknowledged", "admitted", "denied", "described"};

    /** Words each of the {@link #PATTERNS} cannot match without, in the same order (see {@link Gate}). */
    static final List<Gate> GATES = List.of(
            Gate.of("reported", "published", "broken").and("by"),
            Gate.of("according"),
            Gate.of("portal", "paper", "agency", "channel", "outlet", "website", "broadcaster", "magazine", "daily",
                    "article", "report", "media").and(SPEECH_WORDS),
            Gate.of(SPEECH_WORDS),
            Gate.of(SPEECH_WORDS).and(",", "’", "'", "\"", "”"),
            Gate.of("by").and("confirmed", "outlined", "described", "announced", "stated", "cited", "quoted"));

    private static final Pattern REPORTED_BY = Pattern.compile("\\b(?:reported|published|broken)\\s+by");
    private static final Pattern ENDS_WITH_MEDIUM_NAME = Pattern.compile("\\b" + MEDIUM + "\\s+\\p{L}+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_QUOTE = Pattern.compile("^[\"'‘“]|[\"'’”]$");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");

    private AttributionFinder() {
    }

    /** Attribution flags within {@code text[from, to)}. */
    static List<SourcingFlag> find(CharSequence text, int from, int to) {
        return find(text, from, to, Gate.fold(text.subSequence(from, to)));
    }

    /**
     * Attribution flags within {@code text[from, to)}, whose {@link Gate#fold} is {@code folded}: a pattern runs
     * only when the sentence has the words it needs (every pattern runs when {@code folded} is null).
     */
    static List<SourcingFlag> find(CharSequence text, int from, int to, String folded) {
        List<SourcingFlag> flags = new ArrayList<>();
        for (int i = 0; i < PATTERNS.size(); i++) {
            if (folded == null || GATES.get(i).admits(folded)) {
                find(PATTERNS.get(i), text, from, to, flags);
            }
        }
        return flags;
    }

    /** Adds the attribution flags one of the {@link #PATTERNS} finds within {@code text[from, to)}. */
    static void find(Pattern pattern, CharSequence text, int from, int to, List<SourcingFlag> flags) {
        // The sentence alone is searched, so word boundaries at its edges behave as at the text's edges.
        CharSequence sentence = text.subSequence(from, to);
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            String who = cleanName(m.group(1));
            if (who == null) {
                continue;
            }
            if (m.groupCount() > 1 && m.group(2) != null && m.group(2).endsWith("media")) {
                who = who + WHITESPACE.matcher(m.group(2)).replaceAll(" "); // "Russian state media" names the source
            }
            boolean outlet = REPORTED_BY.matcher(m.group()).find()
                    || ENDS_WITH_MEDIUM_NAME.matcher(m.group()).find()
                    || Gazetteer.isOutlet(who);
            int start = from + m.start();
            while (start < from + m.end() && !Character.isLetter(text.charAt(start))) {
                start++; // a leading closing quote, comma or space is context, not part of the trigger
            }
            int end = from + m.end();
            if (text.charAt(end - 1) == '.' && who.indexOf('.') == who.length() - 1) {
                end--; // the full stop after "emphasized Zelensky." ends the sentence, not the name
                who = who.substring(0, who.length() - 1);
            }
            flags.add(SourcingFlag.at(FlagKind.ATTRIBUTION, text, start, end,
                    (outlet ? "outlet: " : "speaker: ") + who));
        }
    }

    private static String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = POSSESSIVE.matcher(EDGE_QUOTE.matcher(raw).replaceAll("")).replaceAll("").strip();
        String first = WHITESPACE.split(name)[0].toLowerCase(Locale.ROOT);
        if (name.isEmpty() || NOT_A_NAME.contains(first) && !Gazetteer.isOutlet(name)) {
            return null;
        }
        return name;
    }
}
