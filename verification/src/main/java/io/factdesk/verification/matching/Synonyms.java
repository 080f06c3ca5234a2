package io.factdesk.verification.matching;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Synonyms and broader terms from WordNet 3.1 (extJWNL, read from the classpath). Only the most frequent
 * sense of a word is used: expanding every sense ("steal" is also a bargain) would match unrelated claims.
 * Lookups are cached; the dictionary itself is loaded once per JVM (~0.5 s).
 */
final class Synonyms {

    /** A word's single-word synonyms and the words of its direct broader term (hypernym). */
    record Related(Set<String> synonyms, Set<String> broader) {
        static final Related NONE = new Related(Set.of(), Set.of());
    }

    private static volatile Dictionary dictionary;
    private static final Map<String, Related> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    private Synonyms() {
    }

    /**
     * A word's dictionary form and word class, from WordNet's morphology (exception lists plus suffix rules:
     * "stole" → steal, "highest" → high, "dollars" → dollar). Verbs are tried first, then nouns, adjectives
     * and adverbs; null when WordNet knows no base form.
     *
     * @param lemma the base form
     * @param upos  the universal tag of the word class it was found in
     */
    record Base(String lemma, String upos) {
    }

    private static final Map<String, java.util.Optional<Base>> BASES = new ConcurrentHashMap<>();
    private static final POS[] ORDER = {POS.VERB, POS.NOUN, POS.ADJECTIVE, POS.ADVERB};

    static Base baseForm(String lowerWord) {
        java.util.Optional<Base> cached = BASES.get(lowerWord);
        if (cached != null) {
            return cached.orElse(null);
        }
        Base base = null;
        try {
            synchronized (Synonyms.class) {
                for (POS pos : ORDER) {
                    IndexWord word = dictionary().getMorphologicalProcessor() == null ? null
                            : firstBase(pos, lowerWord);
                    if (word != null) {
                        base = new Base(word.getLemma().toLowerCase(Locale.ROOT), upos(pos));
                        break;
                    }
                }
            }
        } catch (JWNLException e) {
            base = null; // no morphology: the word is compared as written
        }
        if (BASES.size() >= CACHE_LIMIT) {
            BASES.clear();
        }
        BASES.put(lowerWord, java.util.Optional.ofNullable(base));
        return base;
    }

    private static IndexWord firstBase(POS pos, String word) throws JWNLException {
        for (Object form : dictionary().getMorphologicalProcessor().lookupAllBaseForms(pos, word)) {
            IndexWord found = dictionary().getIndexWord(pos, String.valueOf(form));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String upos(POS pos) {
        return pos == POS.VERB ? "VERB" : pos == POS.NOUN ? "NOUN" : pos == POS.ADJECTIVE ? "ADJ" : "ADV";
    }

    /** Related words for a lemma with its universal part-of-speech tag (NOUN, VERB, ADJ, ADV). */
    static Related of(String lemma, String upos) {
        POS pos = switch (upos) {
            case "NOUN" -> POS.NOUN;
            case "VERB" -> POS.VERB;
            case "ADJ" -> POS.ADJECTIVE;
            case "ADV" -> POS.ADVERB;
            default -> null;
        };
        if (pos == null) {
            return Related.NONE;
        }
        String key = pos.getKey() + ":" + lemma;
        Related cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Related related = lookUp(lemma, pos);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear(); // a crude bound: the working vocabulary of a desk is far smaller
        }
        CACHE.put(key, related);
        return related;
    }

    private static Related lookUp(String lemma, POS pos) {
        try {
            IndexWord word;
            synchronized (Synonyms.class) {
                word = dictionary().lookupIndexWord(pos, lemma);
            }
            if (word == null || word.getSenses().isEmpty()) {
                return Related.NONE;
            }
            Synset first = word.getSenses().get(0);
            Set<String> synonyms = words(first);
            Set<String> broader = new LinkedHashSet<>();
            for (PointerTarget target : first.getTargets(PointerType.HYPERNYM)) {
                if (target instanceof Synset synset) {
                    broader.addAll(words(synset));
                }
            }
            synonyms.remove(lemma);
            broader.remove(lemma);
            return new Related(Set.copyOf(synonyms), Set.copyOf(broader));
        } catch (JWNLException e) {
            return Related.NONE; // expansion is an aid; the match still works on the words themselves
        }
    }

    private static Set<String> words(Synset synset) {
        Set<String> words = new LinkedHashSet<>();
        for (Word w : synset.getWords()) {
            String lemma = w.getLemma().toLowerCase(Locale.ROOT);
            if (!lemma.contains(" ") && !lemma.contains("-")) {
                words.add(lemma);
            }
        }
        return words;
    }

    private static Dictionary dictionary() throws JWNLException {
        Dictionary local = dictionary;
        if (local == null) {
            local = Dictionary.getDefaultResourceInstance();
            dictionary = local;
        }
        return local;
    }
}
