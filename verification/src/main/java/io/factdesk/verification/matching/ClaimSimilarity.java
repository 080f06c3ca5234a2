package io.factdesk.verification.matching;

import java.util.List;

/**
 * The similarity of two claims in [0, 1]: a soft Dice coefficient over their content lemmas, where a word
 * matches itself fully, a WordNet synonym at {@value #SYNONYM} and a broader or narrower term at
 * {@value #BROADER}; blended with PostgreSQL's trigram similarity of the raw texts (spelling variants,
 * names). Different numbers or a negation on one side only lower the score: "sold 300 drones" and "sold
 * 3,000 drones", or "did" and "did not", are different claims even with the same words.
 */
final class ClaimSimilarity {

    static final double SYNONYM = 0.9;
    static final double BROADER = 0.7;
    static final double LEXICAL_WEIGHT = 0.75;
    static final double NUMBER_MISMATCH = 0.75;
    static final double NEGATION_MISMATCH = 0.8;

    private ClaimSimilarity() {
    }

    static double of(ClaimTerms a, ClaimTerms b, double trigram) {
        double lexical = softDice(a, b);
        double score = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * trigram;
        if (!a.numbers().isEmpty() && !b.numbers().isEmpty() && a.numbers().stream().noneMatch(b.numbers()::contains)) {
            score *= NUMBER_MISMATCH;
        }
        if (a.negated() != b.negated()) {
            score *= NEGATION_MISMATCH;
        }
        return Math.max(0, Math.min(1, score));
    }

    private static double softDice(ClaimTerms a, ClaimTerms b) {
        if (a.terms().isEmpty() || b.terms().isEmpty()) {
            return 0;
        }
        double matched = coverage(a, b) + coverage(b, a);
        return matched / (a.terms().size() + b.terms().size());
    }

    /** Sum over the terms of {@code from} of their best match among the terms of {@code in}. */
    private static double coverage(ClaimTerms from, ClaimTerms in) {
        double sum = 0;
        for (int i = 0; i < from.terms().size(); i++) {
            sum += best(from.terms().get(i), from.related().get(i), in);
        }
        return sum;
    }

    private static double best(String term, Synonyms.Related related, ClaimTerms in) {
        double best = 0;
        List<String> terms = in.terms();
        for (int j = 0; j < terms.size() && best < 1; j++) {
            String other = terms.get(j);
            Synonyms.Related otherRelated = in.related().get(j);
            if (term.equals(other)) {
                best = 1;
            } else if (related.synonyms().contains(other) || otherRelated.synonyms().contains(term)) {
                best = Math.max(best, SYNONYM);
            } else if (related.broader().contains(other) || otherRelated.broader().contains(term)) {
                best = Math.max(best, BROADER);
            }
        }
        return best;
    }
}
