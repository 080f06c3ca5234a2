package io.factdesk.verification.matching;

import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.language.UkrainianLatin;
import io.factdesk.verification.matching.index.HybridRetriever;

/**
 * The sentence vector the semantic stage compares for a query. The in-process embedding model was trained on
 * English (no multilingual model is served by the registries this project builds from); its vectors of a Cyrillic
 * text place unrelated claims nearest, so a text written mostly in Cyrillic is matched by its words alone (the
 * lexical stage reads Ukrainian lemmas in Latin letters). On the bilingual set (docs/verification-aids.md) this
 * took a Ukrainian claim's hit@5 from 0.688 with the English vectors to 0.813 without.
 */
public final class QueryVectors {

    private QueryVectors() {
    }

    /** The query's vector, or null when the text is mostly Cyrillic (then only its words are compared). */
    public static float[] of(String query) {
        return mostlyCyrillic(query) ? null : SentenceEmbeddings.embed(query);
    }

    /**
     * A stored claim's vector as a query: the one the index already holds for it when the query is the claim's
     * text as it was embedded (nothing cleaned away), else embedded now.
     * Saves the embedding (the costliest part of a request after the graph search) on the claim page.
     *
     * @param query the claim's text as cleaned for matching ({@code MatchText.clean})
     */
    public static float[] ofStoredClaim(HybridRetriever retriever, long claimId, String claimText, String query) {
        if (mostlyCyrillic(query)) {
            return null;
        }
        float[] stored = claimText != null && query.equals(claimText.strip()) ? retriever.claimVector(claimId) : null;
        return stored != null ? stored : SentenceEmbeddings.embed(query);
    }

    /** True when more of the text's letters are Cyrillic than Latin. */
    static boolean mostlyCyrillic(String text) {
        int cyrillic = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (UkrainianLatin.isCyrillic(c)) {
                cyrillic++;
            } else if (Character.isLetter(c)) {
                other++;
            }
        }
        return cyrillic > other;
    }
}
