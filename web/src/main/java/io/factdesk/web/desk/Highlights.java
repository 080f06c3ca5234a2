package io.factdesk.web.desk;

import io.factdesk.core.article.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Cuts a sentence into plain and highlighted pieces at its flags' trigger words, so the template marks them with
 * {@code <mark>} and escapes every piece as text: no HTML is ever built from article text.
 */
final class Highlights {

    /**
     * A piece of a sentence.
     *
     * @param text the words, as stored (the template escapes them)
     * @param kind the CSS name of the shortest flag covering them ("hedge"), or null for plain text
     */
    record Segment(String text, String kind) {
        public boolean marked() {
            return kind != null;
        }
    }

    private Highlights() {
    }

    /**
     * @param text        the sentence
     * @param startOffset where the sentence starts in the article body (flags' offsets refer to the body)
     * @param flags       the flags to mark; a flag whose offsets do not fit the sentence is found by its trigger
     */
    static List<Segment> of(String text, int startOffset, List<Flag> flags) {
        List<int[]> spans = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Flag flag : flags) {
            int[] span = span(text, startOffset, flag);
            if (span != null) {
                spans.add(span);
                kinds.add(css(flag.kind()));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        spans.forEach(s -> {
            cuts.add(s[0]);
            cuts.add(s[1]);
        });
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            String kind = null;
            int shortest = Integer.MAX_VALUE;
            for (int i = 0; i < spans.size(); i++) { // the innermost flag wins: a name inside an attribution
                int[] span = spans.get(i);
                if (span[0] <= from && to <= span[1] && span[1] - span[0] < shortest) {
                    kind = kinds.get(i);
                    shortest = span[1] - span[0];
                }
            }
            segments.add(new Segment(text.substring(from, to), kind));
        }
        return segments;
    }

    /** "ANONYMOUS_SOURCE" as a CSS class part: "anonymous-source". */
    static String css(String kind) {
        return kind == null ? "" : kind.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Where the trigger lies in the sentence: by its offsets when they match the words, else by a search. */
    private static int[] span(String text, int startOffset, Flag flag) {
        int start = flag.start() - startOffset;
        int end = flag.end() - startOffset;
        if (flag.start() >= 0 && start >= 0 && end <= text.length() && start < end
                && same(text.substring(start, end), flag.trigger())) {
            return new int[] {start, end};
        }
        int found = text.indexOf(flag.trigger());
        return found < 0 ? null : new int[] {found, found + flag.trigger().length()};
    }

    /** Equal but for line breaks, which a trigger shows as spaces. */
    private static boolean same(String words, String trigger) {
        return words.replace('\n', ' ').equals(trigger);
    }
}
