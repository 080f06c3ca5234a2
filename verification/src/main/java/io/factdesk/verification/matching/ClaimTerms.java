package io.factdesk.verification.matching;

import java.util.List;
import java.util.Set;

/**
 * The content of a claim as the matcher compares it.
 *
 * @param terms    content words as lemmas ("stole" → "steal"), in order, without stop words
 * @param surfaces the same words as written (lower case), for the full-text query: the English stemmer and
 *                 the lemmatizer disagree on some forms ("highest" stems to itself, its lemma is "high")
 * @param related  for each term, its synonyms and broader terms from WordNet
 * @param numbers  numerals in the claim; two claims with different numbers are different claims
 * @param negated  true when the claim contains a negation ("not", "never", "no")
 */
record ClaimTerms(List<String> terms, List<String> surfaces, List<Synonyms.Related> related, Set<String> numbers, boolean negated) {

    /**
     * One group per distinct term for the full-text query: the lemma, the word as written, a place in all its
     * spellings, and up to {@value #SYNONYMS_PER_TERM} synonyms. Broader terms are left out here: they widen
     * the search too much and are used only when scoring candidates.
     */
    static final int SYNONYMS_PER_TERM = 4;

    List<Set<String>> groups() {
        java.util.Map<String, Set<String>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Set<String> group = groups.computeIfAbsent(terms.get(i), t -> new java.util.LinkedHashSet<>());
            group.addAll(PlaceAliases.forms(terms.get(i)));
            group.add(surfaces.get(i));
            related.get(i).synonyms().stream().sorted().limit(SYNONYMS_PER_TERM).forEach(group::add);
        }
        return List.copyOf(groups.values());
    }
}
