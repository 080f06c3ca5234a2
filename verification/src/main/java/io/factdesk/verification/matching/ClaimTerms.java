package io.factdesk.verification.matching;

import java.util.List;
import java.util.Set;

/**
 * The content of a claim as the matcher compares it.
 *
 * @param terms    content words as lemmas ("stole" → "steal"), in order, without stop words
 * @param related  for each term, its synonyms and broader terms from WordNet
 * @param numbers  numerals in the claim; two claims with different numbers are different claims
 * @param negated  true when the claim contains a negation ("not", "never", "no")
 */
record ClaimTerms(List<String> terms, List<Synonyms.Related> related, Set<String> numbers, boolean negated) {

    /** The terms (places in all their spellings) plus their synonyms and broader terms: what the full-text query searches for. */
    Set<String> expanded() {
        Set<String> all = new java.util.LinkedHashSet<>();
        for (String term : terms) {
            all.addAll(PlaceAliases.forms(term));
        }
        for (Synonyms.Related r : related) {
            all.addAll(r.synonyms());
            all.addAll(r.broader());
        }
        return all;
    }
}
