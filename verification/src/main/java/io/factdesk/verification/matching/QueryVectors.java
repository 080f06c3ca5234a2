package io.factdesk.verification.matching;

import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.language.UkrainianLatin;

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
