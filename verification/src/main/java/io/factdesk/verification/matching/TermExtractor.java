package io.factdesk.verification.matching;

import io.factdesk.verification.ingestion.NlpModels;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;

/**
 * Reduces a claim to lemmatised content words with OpenNLP, so "Zelensky stole" and "Zelensky has stolen"
 * compare equal, and attaches WordNet synonyms for paraphrase matching. Results are cached by text because
 * the same earlier claims come back as candidates again and again.
 */
final class TermExtractor {

    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV");
    /** Verbs and adverbs that carry no claim content of their own. */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "make", "get", "go", "also", "very",
            "just", "then", "so", "now", "only", "even", "still", "well", "however", "there", "here", "too",
            "really", "already", "as", "more", "most", "much", "many", "other", "such", "own");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "none");
    private static final int CACHE_LIMIT = 100_000;

    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    private final Map<String, ClaimTerms> cache = new ConcurrentHashMap<>();

    TermExtractor(NlpModels models) {
        this.tokenizer = new ThreadSafeTokenizerME(models.tokenizerModel());
        this.tagger = new ThreadSafePOSTaggerME(models.posModel());
        this.lemmatizer = new ThreadSafeLemmatizerME(models.lemmatizerModel());
    }

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

    private ClaimTerms analyse(String text) {
        // Hyphenated compounds ("hour-long", "US-Ukraine") compare better as their parts.
        String[] tokens = tokenizer.tokenize(PlaceAliases.prepare(text).replace('-', ' ').replace('’', '\''));
        String[] tags = tagger.tag(tokens);
        String[] lemmas = lemmatizer.lemmatize(tokens, tags);
        List<String> terms = new ArrayList<>();
        List<Synonyms.Related> related = new ArrayList<>();
        Set<String> numbers = new LinkedHashSet<>();
        boolean negated = false;
        for (int i = 0; i < tokens.length; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(lower)) {
                negated = true;
                continue;
            }
            if (!CONTENT.contains(tags[i])) {
                continue;
            }
            String lemma = "PROPN".equals(tags[i]) || "O".equals(lemmas[i]) ? lower : lemmas[i].toLowerCase(Locale.ROOT);
            lemma = PlaceAliases.canonical(lemma.replaceAll("[^\\p{L}\\p{N}]", ""));
            if (lemma.isEmpty() || LIGHT.contains(lemma)) {
                continue;
            }
            if ("NUM".equals(tags[i]) && lemma.chars().anyMatch(Character::isDigit)) {
                numbers.add(lemma);
            }
            terms.add(lemma);
            related.add("PROPN".equals(tags[i]) ? Synonyms.Related.NONE : Synonyms.of(lemma, tags[i]));
        }
        return new ClaimTerms(List.copyOf(terms), List.copyOf(related), Set.copyOf(numbers), negated);
    }
}
