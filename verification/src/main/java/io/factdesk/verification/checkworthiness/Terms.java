package io.factdesk.verification.checkworthiness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word unigrams and bigrams of a sentence as the check-worthiness model reads them: lower case, words are runs
 * of letters and digits (an apostrophe followed by letters stays inside: "don't", "it's"), any word with a digit
 * becomes {@value #NUMBER}, and the sentence's start and end are bigram partners ({@code <s> we}, {@code percent
 * </s>}). Each distinct term counts once. Written without regular expressions so training and scoring split the
 * same way on every platform.
 */
public final class Terms {

    static final String NUMBER = "<num>";
    static final String START = "<s>";
    static final String END = "</s>";
    /** Longer sentences are cut here: enough for any sentence, bounded work for pasted junk. */
    static final int MAX_WORDS = 200;

    private Terms() {
    }

    /** The distinct terms of {@code sentence}, in order of first appearance. */
    public static Set<String> of(String sentence) {
        List<String> words = words(sentence);
        Set<String> terms = new LinkedHashSet<>(words);
        String previous = START;
        for (String word : words) {
            terms.add(previous + " " + word);
            previous = word;
        }
        terms.add(previous + " " + END);
        return terms;
    }

    /** A term as a reviewer reads it: without the sentence-boundary markers, a number as "#". */
    public static String display(String term) {
        String shown = term;
        if (shown.startsWith(START + " ")) {
            shown = shown.substring(START.length() + 1);
        }
        if (shown.endsWith(" " + END)) {
            shown = shown.substring(0, shown.length() - END.length() - 1);
        }
        return shown.replace(NUMBER, "#");
    }

    static List<String> words(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n && words.size() < MAX_WORDS) {
            if (!Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            while (i < n) {
                char c = lower.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    digit |= Character.isDigit(c);
                    i++;
                } else if ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(lower.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            String word = lower.substring(start, i).replace('’', '\'');
            words.add(digit ? NUMBER : word);
        }
        return words;
    }
}
