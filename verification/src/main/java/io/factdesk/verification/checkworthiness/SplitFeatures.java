package io.factdesk.verification.checkworthiness;

import io.factdesk.verification.ingestion.MaxentPredicates;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;

/**
 * The features OpenNLP's {@code DefaultTokenContextGenerator} gives the tokenizer's model for a split inside a word,
 * summed into the model's log-linear scores in the generator's order, without building a string. Most features
 * are one character or two with a fixed head ("p1=a", "f12=ab"): for ASCII characters their entries sit in small
 * tables. The word's prefixes and suffixes ("p=Presid", "s=ent.") are looked up once per word, and when the model's
 * prefixes are closed under shortening (every "p=abc" has its "p=ab"), as a model trained with a count cut-off's
 * are, a word's longer prefixes are not looked up once a shorter one is unknown; suffixes alike. Immutable.
 */
final class SplitFeatures {

    private static final String[] CHAR_KEYS = {"p1", "p2", "f1", "f2"};
    private static final int P1 = 0;
    private static final int P2 = 1;
    private static final int F1 = 2;
    private static final int F2 = 3;
    /** The character classes {@code addCharPreds} names, in this order in {@link #classes}. */
    private static final String[] CLASSES = {"_alpha", "_caps", "_num", "_ws", "_eos", "_quote", "_lp", "_rp"};
    private static final int ALPHA = 0;
    private static final int CAPS = 1;
    private static final int NUM = 2;
    private static final int WS = 3;
    private static final int EOS = 4;
    private static final int QUOTE = 5;
    private static final int LP = 6;
    private static final int RP = 7;
    private static final int ASCII = 128;

    private final MaxentPredicates predicates;
    private final CharTable[] single = new CharTable[CHAR_KEYS.length];
    private final CharTable before;
    private final CharTable across;
    private final CharTable after;
    /** Per character key, the entries of each class feature ("p1_alpha" …) and of the key's "=bok". */
    private final int[][] classes = new int[CHAR_KEYS.length][CLASSES.length];
    private final int[] bok = new int[CHAR_KEYS.length];
    private final int characterCode;
    private final boolean prefixesClosed;
    private final boolean suffixesClosed;

    SplitFeatures(Map<String, Context> parameters) {
        predicates = new MaxentPredicates(parameters);
        before = new CharTable("p21=", 2);
        across = new CharTable("p1f1=", 2);
        after = new CharTable("f12=", 2);
        for (int key = 0; key < CHAR_KEYS.length; key++) {
            single[key] = new CharTable(CHAR_KEYS[key] + "=", 1);
            for (int c = 0; c < CLASSES.length; c++) {
                classes[key][c] = predicates.find(CHAR_KEYS[key] + CLASSES[c]);
            }
            bok[key] = predicates.find(CHAR_KEYS[key] + "=bok");
        }
        characterCode = predicates.find("cc");
        prefixesClosed = parameters.keySet().stream().filter(k -> k.startsWith("p=") && k.length() > 3)
                .allMatch(k -> parameters.containsKey(k.substring(0, k.length() - 1)));
        suffixesClosed = parameters.keySet().stream().filter(k -> k.startsWith("s=") && k.length() > 3)
                .allMatch(k -> parameters.containsKey("s=" + k.substring(3)));
    }

    /**
     * The entries of the word's prefix and suffix features at each split point 1 … length - 1 ("p=" + the
     * characters before, "s=" + the characters from there), into {@code prefixes} and {@code suffixes}.
     */
    void affixes(String word, int[] prefixes, int[] suffixes) {
        int length = word.length();
        boolean known = true;
        for (int index = 1; index < length; index++) {
            prefixes[index] = known ? predicates.find("p=", word, 0, index) : -1;
            known = !prefixesClosed || prefixes[index] >= 0;
        }
        known = true;
        for (int index = length - 1; index >= 1; index--) {
            suffixes[index] = known ? predicates.find("s=", word, index, length) : -1;
            known = !suffixesClosed || suffixes[index] >= 0;
        }
    }

    /**
     * Sets {@code sums} to {@code prior} plus the weights of the features of a split before {@code index} (at least
     * 1), in {@code createContext}'s order; {@code prefix} and {@code suffix} are the {@link #affixes} there.
     */
    void sum(String word, int index, int prefix, int suffix, double prior, double[] sums) {
        int length = word.length();
        Arrays.fill(sums, prior);
        predicates.add(prefix, sums);
        predicates.add(suffix, sums);
        addCharacter(P1, word, index - 1, sums);
        if (index > 1) {
            addCharacter(P2, word, index - 2, sums);
            predicates.add(before.find(word, index - 2), sums);
        } else {
            predicates.add(bok[P2], sums);
        }
        predicates.add(across.find(word, index - 1), sums);
        addCharacter(F1, word, index, sums);
        if (index + 1 < length) {
            addCharacter(F2, word, index + 1, sums);
            predicates.add(after.find(word, index), sums);
        } else {
            predicates.add(bok[F2], sums);
        }
        if (word.charAt(0) == '&' && word.charAt(length - 1) == ';') {
            predicates.add(characterCode, sums);
        }
        // "pabb" needs an abbreviation dictionary, which a model computed here has not
    }

    /** {@code addCharPreds(key, word.charAt(at))}: the character itself, then its class. */
    private void addCharacter(int key, String word, int at, double[] sums) {
        char c = word.charAt(at);
        predicates.add(single[key].find(word, at), sums);
        int[] named = classes[key];
        if (Character.isLetter(c)) {
            predicates.add(named[ALPHA], sums);
            if (Character.isUpperCase(c)) {
                predicates.add(named[CAPS], sums);
            }
        } else if (Character.isDigit(c)) {
            predicates.add(named[NUM], sums);
        } else if (StringUtil.isWhitespace(c)) {
            predicates.add(named[WS], sums);
        } else if (c == '.' || c == '?' || c == '!') {
            predicates.add(named[EOS], sums);
        } else if (c == '`' || c == '"' || c == '\'') {
            predicates.add(named[QUOTE], sums);
        } else if (c == '[' || c == '{' || c == '(') {
            predicates.add(named[LP], sums);
        } else if (c == ']' || c == '}' || c == ')') {
            predicates.add(named[RP], sums);
        }
    }

    /** The entries of one head followed by one or two characters; those of ASCII characters from a table. */
    private final class CharTable {

        final String head;
        final int width;
        final int[] ascii;

        CharTable(String head, int width) {
            this.head = head;
            this.width = width;
            this.ascii = new int[width == 1 ? ASCII : ASCII * ASCII];
            char[] chars = new char[width];
            for (int i = 0; i < ascii.length; i++) {
                chars[0] = (char) (width == 1 ? i : i / ASCII);
                chars[width - 1] = (char) (i % ASCII);
                ascii[i] = predicates.find(head, new String(chars), 0, width);
            }
        }

        /** The entry of {@code head + word[at, at + width)}, or -1. */
        int find(String word, int at) {
            char a = word.charAt(at);
            if (width == 1) {
                return a < ASCII ? ascii[a] : predicates.find(head, word, at, at + 1);
            }
            char b = word.charAt(at + 1);
            return a < ASCII && b < ASCII ? ascii[a * ASCII + b] : predicates.find(head, word, at, at + 2);
        }
    }
}
