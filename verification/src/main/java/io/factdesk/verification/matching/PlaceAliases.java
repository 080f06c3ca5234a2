package io.factdesk.verification.matching;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * News text names a country by its capital, its government's seat or its adjective ("Washington", "the
 * Kremlin", "Ukrainian"); claims that mean the same country should compare equal. A small, hand-kept table
 * for the countries and blocs the desk covers most; extend it as coverage grows.
 */
final class PlaceAliases {

    private static final Pattern UNITED_STATES = Pattern.compile(
            "(?i)\\b(?:the\\s+)?United\\s+States(?:\\s+of\\s+America)?\\b|\\bU\\.S\\.A?\\.?(\\s|$)|\\bUSA\\b|\\bUS\\b");
    private static final Pattern UNITED_KINGDOM = Pattern.compile("(?i)\\b(?:the\\s+)?United\\s+Kingdom\\b|\\bU\\.K\\.");
    private static final Pattern EUROPEAN_UNION = Pattern.compile("(?i)\\b(?:the\\s+)?European\\s+Union\\b|\\bE\\.U\\.");

    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, Set<String>> FORMS = new HashMap<>();

    static {
        alias("america", "america", "american", "americans", "washington", "usa");
        alias("ukraine", "ukraine", "ukrainian", "ukrainians", "kyiv", "kiev");
        alias("russia", "russia", "russian", "russians", "moscow", "kremlin");
        alias("china", "china", "chinese", "beijing");
        alias("britain", "britain", "british", "uk", "london");
        alias("germany", "germany", "german", "germans", "berlin");
        alias("france", "france", "french", "paris");
        alias("europe", "europe", "european", "europeans", "eu", "brussels");
        alias("israel", "israel", "israeli", "israelis", "jerusalem");
    }

    private PlaceAliases() {
    }

    private static void alias(String canonical, String... forms) {
        Set<String> all = new HashSet<>(Set.of(forms));
        switch (canonical) {
            case "america" -> all.addAll(Set.of("united", "states", "us"));
            case "britain" -> all.addAll(Set.of("united", "kingdom"));
            case "europe" -> all.add("union");
            default -> {
            }
        }
        for (String form : forms) {
            CANONICAL.put(form, canonical);
        }
        FORMS.put(canonical, Set.copyOf(all));
    }

    /** Rewrites multi-word names to one word before tokenising ("the United States" → "America"). */
    static String prepare(String text) {
        String out = replaceKeepingSpace(UNITED_STATES.matcher(text), "America");
        out = UNITED_KINGDOM.matcher(out).replaceAll("Britain");
        return EUROPEAN_UNION.matcher(out).replaceAll("Europe");
    }

    /** Like replaceAll, but the whitespace that must follow "U.S." (group 1) stays in the text. */
    private static String replaceKeepingSpace(Matcher m, String replacement) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, replacement);
            if (m.group(1) != null) {
                out.append(m.group(1));
            }
        }
        return m.appendTail(out).toString();
    }

    /** Every way the canonical name is written, for the full-text query; the word itself if not a place. */
    static Set<String> forms(String canonical) {
        return FORMS.getOrDefault(canonical, Set.of(canonical));
    }

    /** The canonical name for a lower-case word, or the word itself. */
    static String canonical(String lowerWord) {
        return CANONICAL.getOrDefault(lowerWord, lowerWord);
    }
}
