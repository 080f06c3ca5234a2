package io.factdesk.verification.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits one paragraph into sentences. OpenNLP's English model proposes the boundaries; two rules correct it
 * where news text fools it: a full stop followed by a closing quote and a new capitalised sentence is a
 * boundary the model misses ("…beyond.’ The agreement"), and a boundary after a title or "U.S." followed by a
 * word that continues the sentence ("U.S. President") or after which the text goes on in lower case is vetoed.
 */
final class SentenceSplitter {

    /** Full stop, optional closing quotes/brackets, space, optional opening quote, then a capital or digit. */
    private static final Pattern QUOTE_BOUNDARY = Pattern.compile(
            "[.!?…][\"'’”)\\]]*(\\s+)(?=[\"'‘“(]?[\\p{Lu}\\d])");

    private final ThreadSafeSentenceDetectorME detector;

    SentenceSplitter(NlpModels models) {
        this.detector = new ThreadSafeSentenceDetectorME(models.sentenceModel());
    }

    /** Sentence spans within {@code paragraph} (offsets relative to it, trimmed, never empty). */
    List<Span> split(String paragraph) {
        String flat = paragraph.replace('\n', ' ');
        TreeSet<Integer> starts = new TreeSet<>();
        for (Span span : detector.sentPosDetect(flat)) {
            starts.add(span.getStart());
        }
        Matcher m = QUOTE_BOUNDARY.matcher(flat);
        while (m.find()) {
            starts.add(m.end(1));
        }
        starts.removeIf(start -> start == 0 || vetoed(flat, start));
        List<Span> sentences = new ArrayList<>();
        int from = 0;
        for (int start : starts) {
            addTrimmed(flat, from, start, sentences);
            from = start;
        }
        addTrimmed(flat, from, flat.length(), sentences);
        return sentences;
    }

    private static boolean vetoed(String text, int start) {
        int leftEnd = start;
        while (leftEnd > 0 && Character.isWhitespace(text.charAt(leftEnd - 1))) {
            leftEnd--;
        }
        if (leftEnd == 0) {
            return true;
        }
        char last = text.charAt(leftEnd - 1);
        if (last == ',' || last == ';' || last == '—' || last == '–') {
            return true; // the sentence plainly goes on
        }
        int firstChar = start;
        while (firstChar < text.length() && !Character.isLetterOrDigit(text.charAt(firstChar))) {
            firstChar++;
        }
        if (firstChar >= text.length() || Character.isLowerCase(text.charAt(firstChar))) {
            return true;
        }
        String leftWord = lastWord(text, leftEnd);
        String rightWord = firstWord(text, start);
        return Abbreviations.continuesInto(leftWord, rightWord);
    }

    private static String lastWord(String text, int end) {
        int from = end;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, end);
    }

    private static String firstWord(String text, int start) {
        int to = start;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(start, to);
    }

    private static void addTrimmed(String text, int from, int to, List<Span> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }
}
