package io.factdesk.verification.sourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words a phrase pattern cannot match without: for each group, at least one of its words must occur in the
 * sentence (ignoring case). Checked with plain substring searches on the case-folded sentence, so a pattern
 * runs only on the few sentences that could match it; a gate never changes what a pattern finds, it only skips
 * sentences where the pattern would find nothing. Every word must therefore be a substring of every match
 * (case-folded), which {@code SourcingGatesTest} checks over the seed articles.
 */
final class Gate {

    /** A gate that lets every sentence through. */
    static final Gate ANY = new Gate(List.of());

    private final List<String[]> groups;

    private Gate(List<String[]> groups) {
        this.groups = groups;
    }

    /** A gate needing one of {@code words}. */
    static Gate of(String... words) {
        return ANY.and(words);
    }

    /** This gate, also needing one of {@code words}. */
    Gate and(String... words) {
        String[] folded = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            folded[i] = fold(words[i]);
        }
        List<String[]> more = new ArrayList<>(groups);
        more.add(folded);
        return new Gate(List.copyOf(more));
    }

    /** Whether a pattern behind this gate can match in the sentence whose {@link #fold} is {@code folded}. */
    boolean admits(String folded) {
        for (String[] group : groups) {
            if (!containsAny(folded, group)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String folded, String[] words) {
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with every character case-folded one to one (lengths kept): upper case then lower case, so that
     * the characters RE2 takes as equal ignoring case ("ſ" and "s", "K" (Kelvin) and "k") fold alike.
     */
    static String fold(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(i);
            chars[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(chars);
    }

    @Override
    public String toString() {
        List<String> shown = groups.stream().map(g -> String.join("|", g)).toList();
        return String.join(" & ", shown).toLowerCase(Locale.ROOT);
    }
}
