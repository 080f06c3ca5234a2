package io.factdesk.verification.ingestion;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits one paragraph into sentences. OpenNLP's English model proposes the boundaries; two rules correct it
 * where news text fools it: a full stop followed by a closing quote and a new capitalised sentence is a
 * boundary the model misses ("…beyond.’ The agreement"), and a boundary after a title or "U.S." followed by a
 * word that continues the sentence ("U.S. President") or after which the text goes on in lower case is vetoed.
 */
final class SentenceSplitter {

    /** Full stop, optional closing quotes/brackets, then space; {@link #opensSentence} checks what follows. */
    private static final Pattern QUOTE_BOUNDARY = Pattern.compile("[.!?…][\"'’”)\\]]*(\\s+)");

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
        starts.addAll(quoteBoundaries(flat));
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

    /** Sentence starts after a full stop and closing quotes that the statistical model misses. */
    static List<Integer> quoteBoundaries(String flat) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = QUOTE_BOUNDARY.matcher(flat);
        while (m.find()) {
            if (opensSentence(flat, m.end(1))) {
                starts.add(m.end(1));
            }
        }
        return starts;
    }

    /** An optional opening quote or bracket, then a capital letter or a digit. */
    private static boolean opensSentence(String text, int at) {
        if (at < text.length() && "\"'‘“(".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (at >= text.length()) {
            return false;
        }
        int c = text.codePointAt(at);
        return Character.getType(c) == Character.UPPERCASE_LETTER || c >= '0' && c <= '9';
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
