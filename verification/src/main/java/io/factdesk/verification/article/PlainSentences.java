package io.factdesk.verification.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences at paragraph breaks and at ". ", "! ", "? " followed by a capital letter or a
 * quote, keeping common abbreviations ("U.S.", "Mr.") together. Offsets point into the given text.
 */
final class PlainSentences {

    record Span(int start, int end, String text) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?[A-Z0-9])|\\n\\s*\\n");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b[A-Z]\\.(?:[A-Z]\\.)*|\\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co)\\.)$");

    private PlainSentences() {
    }

    static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        int start = 0;
        while (boundary.find()) {
            String before = text.substring(start, boundary.start());
            if (!boundary.group().contains("\n\n") && ABBREVIATION.matcher(before).find()
                    && !boundary.group().contains("\n")) {
                continue;
            }
            add(spans, text, start, boundary.start());
            start = boundary.end();
        }
        add(spans, text, start, text.length());
        return spans;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end, text.substring(start, end).replaceAll("\\s+", " ")));
        }
    }
}
