package io.factdesk.verification.matching;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reduces a claim to its content words in dictionary form, so "Zelensky stole" and "Zelensky has stolen"
 * compare equal, and attaches WordNet synonyms for paraphrase matching. WordNet's morphology is used instead of
 * a statistical tagger and lemmatizer because every candidate of every search passes through here: it costs
 * microseconds per word instead of milliseconds per sentence. Results are cached by text.
 */
final class TermExtractor {

    private static final Pattern POSSESSIVE = Pattern.compile("'s$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    /** Function words (PostgreSQL's English stop list, abridged); everything else counts as content. */
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "at", "by",
            "for", "with", "about", "against", "between", "into", "through", "during", "before", "after", "above",
            "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further",
            "once", "all", "any", "both", "each", "few", "some", "nor", "same", "than", "that", "this", "these",
            "those", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "i", "me", "my", "we",
            "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "is", "am",
            "are", "was", "were", "been", "being", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "since", "while", "until", "because", "s", "t", "per", "via", "within", "without",
            "among", "upon", "towards", "toward", "onto", "amid", "whether", "though", "although");
    /** Verbs and adverbs that carry no claim content of their own. */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "make", "get", "go", "also", "very",
            "just", "then", "so", "now", "only", "even", "still", "well", "however", "there", "here", "too",
            "really", "already", "as", "more", "most", "much", "many", "other", "such", "own");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "none",
            "cannot");
    private static final int CACHE_LIMIT = 100_000;

    private final Map<String, ClaimTerms> cache = new ConcurrentHashMap<>();

    ClaimTerms extract(String text) {
        ClaimTerms cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        ClaimTerms terms = analyse(text);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(text, terms);
        return terms;
    }

    private static ClaimTerms analyse(String text) {
        List<String> terms = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        List<Synonyms.Related> related = new ArrayList<>();
        Set<String> numbers = new LinkedHashSet<>();
        boolean negated = false;
        boolean sentenceStart = true;
        // Hyphenated compounds ("hour-long", "US-Ukraine") compare better as their parts.
        Matcher m = WORD.matcher(PlaceAliases.prepare(text).replace('-', ' '));
        while (m.find()) {
            String token = m.group();
            String lower = token.toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean start = sentenceStart;
            sentenceStart = m.end() < text.length() && ".!?".indexOf(text.charAt(Math.min(m.end(), text.length() - 1))) >= 0;
            if (lower.endsWith("n't")) {
                negated = true;
                continue;
            }
            lower = POSSESSIVE.matcher(lower).replaceAll("").replace("'", "");
            if (NEGATIONS.contains(lower)) {
                negated = true;
                continue;
            }
            if (STOP.contains(lower)) {
                continue;
            }
            boolean number = lower.chars().anyMatch(Character::isDigit);
            Synonyms.Base base = number ? null : Synonyms.baseForm(lower);
            // A capitalised word inside a sentence that WordNet does not know is a name: compared as written.
            boolean name = Character.isUpperCase(token.charAt(0)) && (!start || base == null);
            String lemma = PlaceAliases.canonical(name || base == null ? lower : base.lemma());
            if (LIGHT.contains(lemma)) {
                continue;
            }
            if (number) {
                numbers.add(lemma);
            }
            terms.add(lemma);
            surfaces.add(lower);
            // Names and numbers have no synonyms worth searching for ("80" is also "fourscore" in WordNet).
            related.add(name || number || base == null || !lemma.equals(base.lemma()) ? Synonyms.Related.NONE
                    : Synonyms.of(lemma, base.upos()));
        }
        return new ClaimTerms(List.copyOf(terms), List.copyOf(surfaces), List.copyOf(related), Set.copyOf(numbers),
                negated);
    }
}
