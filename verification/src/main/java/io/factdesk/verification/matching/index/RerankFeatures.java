package io.factdesk.verification.matching.index;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the re-ranker reads of a text: its word count, its numbers, its capitalised words and the bigrams of its
 * words that are not stop words. Plain loops over at most {@value #MAX_CHARS} characters; no pattern runs.
 */
final class RerankFeatures {

    /** Characters read of a text (a query holds at most 5,000, a claim with its headline far fewer). */
    static final int MAX_CHARS = 10_000;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "and", "or", "is", "are",
            "was", "were", "be", "for", "on", "at", "by", "with", "that", "this", "it", "as", "from", "has", "have",
            "had", "not", "no");

    final Set<String> numbers = new HashSet<>();
    final Set<String> capitalised = new HashSet<>();
    final Set<String> bigrams = new HashSet<>();
    int count;

    RerankFeatures(String text) {
        String t = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        scanWords(t);
        scanNumbersAndCapitals(t);
    }

    /** How many of {@code a} are in {@code b}. */
    static int shared(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String x : a) {
            shared += b.contains(x) ? 1 : 0;
        }
        return shared;
    }

    private void scanWords(String text) {
        String previous = null;
        int i = 0;
        while (i < text.length()) {
            if (isWordChar(Character.toLowerCase(text.charAt(i)))) {
                int start = i;
                while (i < text.length() && isWordChar(Character.toLowerCase(text.charAt(i)))) {
                    i++;
                }
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                count++;
                if (!STOP.contains(word)) {
                    if (previous != null) {
                        bigrams.add(previous + " " + word);
                    }
                    previous = word;
                }
            } else {
                i++;
            }
        }
    }

    /** Numbers ("1,000", "3.5") and words that start with a capital letter, lower-cased, stop words left out. */
    private void scanNumbersAndCapitals(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || (text.charAt(i) == '.'
                        || text.charAt(i) == ',') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                        && Character.isDigit(text.charAt(i - 1)))) {
                    i++;
                }
                numbers.add(text.substring(start, i));
            } else if (c >= 'A' && c <= 'Z' && (i == 0 || !isAsciiAlnum(text.charAt(i - 1)))) {
                int start = i;
                i++;
                while (i < text.length() && isAsciiLetter(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (i - start >= 2 && !STOP.contains(word)) {
                    capitalised.add(word);
                }
            } else {
                i++;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }
}
