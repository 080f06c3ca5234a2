package io.factdesk.verification.ingestion;

import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations that end with a period but rarely end a sentence. The statistical sentence model splits
 * "U.S. President" in news text and cannot see across the line breaks scrapers insert after "U.S.", so these
 * lists let the segmenter veto such boundaries.
 */
final class Abbreviations {

    private static final Pattern SINGLE_INITIAL = Pattern.compile("[a-z]\\.");
    private static final Pattern INITIALS_FORM = Pattern.compile("([a-z]\\.){2,}|[a-z]\\.");
    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]");
    private static final Pattern EDGE_QUOTES = Pattern.compile(
            "^[\\p{Pi}\\p{Ps}\"'‘“(]+|[\\p{Pf}\\p{Pe}\"'’”),;:]+$");

    /** Titles and the like: always followed by the rest of the sentence. */
    private static final Set<String> ALWAYS_CONTINUE = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "capt.", "sgt.",
            "st.", "rev.", "hon.", "pres.", "no.", "vs.", "v.", "e.g.", "i.e.", "approx.", "jan.", "feb.", "aug.",
            "sept.", "oct.", "nov.", "dec.", "inc.", "corp.", "jr.", "sr.", "ft.", "mt.");

    /** Country and bloc initials: continue only when a word that typically follows them comes next. */
    private static final Set<String> INITIALS = Set.of("u.s.", "u.k.", "u.n.", "e.u.", "u.s.a.", "u.a.e.");

    /** Words that follow "U.S." inside a sentence ("U.S. President", "U.S. officials"). */
    private static final Set<String> FOLLOWERS = Set.of(
            "president", "vice", "secretary", "army", "navy", "air", "marine", "marines", "senate", "senator",
            "congress", "congressman", "congresswoman", "house", "department", "defense", "state", "treasury",
            "official", "officials", "forces", "military", "government", "administration", "embassy", "ambassador",
            "envoy", "representative", "lawmakers", "intelligence", "sanctions", "aid", "dollars", "troops",
            "weapons", "economy", "election", "elections", "supreme", "court", "attorney", "general", "capitol",
            "citizens", "companies", "industry", "policy", "trade", "commerce", "energy", "coast", "space",
            "special", "diplomats", "diplomacy", "allies", "taxpayers", "tax", "foreign", "national", "federal",
            "central", "command", "cyber", "border", "media", "public", "stocks", "markets", "dollar", "debt");

    private Abbreviations() {
    }

    /** The last whitespace-delimited word of {@code left} ends a sentence unless this says otherwise. */
    static boolean continuesInto(String leftWord, String rightWord) {
        String left = stripQuotes(leftWord).toLowerCase(Locale.ROOT);
        if (ALWAYS_CONTINUE.contains(left) || SINGLE_INITIAL.matcher(left).matches()) {
            return true;
        }
        if (INITIALS.contains(left)) {
            String right = stripQuotes(rightWord);
            return !right.isEmpty() && (Character.isLowerCase(right.charAt(0))
                    || FOLLOWERS.contains(NOT_A_TO_Z.matcher(right.toLowerCase(Locale.ROOT)).replaceAll("")));
        }
        return false;
    }

    /** True when the word is an abbreviation whose period should not be taken as a full stop by itself. */
    static boolean isAbbreviation(String word) {
        String w = stripQuotes(word).toLowerCase(Locale.ROOT);
        return ALWAYS_CONTINUE.contains(w) || INITIALS.contains(w) || INITIALS_FORM.matcher(w).matches();
    }

    private static String stripQuotes(String word) {
        return EDGE_QUOTES.matcher(word).replaceAll("");
    }
}
