package io.factdesk.verification.ingestion;

import io.factdesk.verification.common.Texts;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Turns normalised article text into units: headings, bullets and embedded posts from the line structure,
 * sentences from paragraphs. Scraped text breaks lines inside sentences ("newly reelected U.S.\nPresident
 * Donald Trump"), sometimes even with a blank line between, so lines are first rejoined into paragraphs.
 */
public final class Segmenter {

    private final SentenceSplitter splitter;

    public Segmenter(NlpModels models) {
        this.splitter = new SentenceSplitter(models);
    }

    private record Line(int start, int end, String text) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    /** Units of {@code text} in reading order; offsets refer to {@code text}. */
    public List<TextUnit> segment(String text) {
        List<Line> lines = lines(text);
        List<TextUnit> units = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            int next = nextNonBlank(lines, i + 1);
            Line nextLine = next < lines.size() ? lines.get(next) : null;
            if (line.blank()) {
                i++;
            } else if (LineKinds.isPostSignature(line.text())) {
                units.add(unit(UnitKind.SOCIAL_POST, text, line.start(), line.end(), false));
                i++;
            } else if (next == i + 1 && nextLine != null && LineKinds.isPostSignature(nextLine.text()) && !LineKinds.isBullet(line.text())) {
                units.add(unit(UnitKind.SOCIAL_POST, text, line.start(), nextLine.end(), false));
                i = next + 1;
            } else if (LineKinds.isBullet(line.text())) {
                int marker = LineKinds.bulletMarkerLength(line.text());
                units.add(unit(UnitKind.BULLET, text, line.start() + marker, line.end(), false));
                i++;
            } else if (isHeading(line, nextLine, next > i + 1)
                    || units.isEmpty() && LineKinds.isHeadline(line.text(), nextLine == null ? null : nextLine.text(),
                            next > i + 1)) {
                units.add(unit(UnitKind.HEADING, text, line.start(), line.end(), false));
                i++;
            } else {
                int last = paragraphEnd(lines, i);
                addSentences(text, line.start(), lines.get(last).end(), units);
                i = last + 1;
            }
        }
        return units;
    }

    private static boolean isHeading(Line line, Line nextLine, boolean blankFollows) {
        boolean continues = nextLine != null && !blankFollows && startsLowerCase(nextLine.text());
        return !continues && LineKinds.isHeading(line.text(), nextLine == null ? null : nextLine.text(), blankFollows);
    }

    /** Index of the last line of the paragraph that starts at {@code first}. */
    private static int paragraphEnd(List<Line> lines, int first) {
        int current = first;
        while (true) {
            int next = nextNonBlank(lines, current + 1);
            if (next >= lines.size() || next > current + 2) {
                return current;
            }
            String left = lines.get(current).text();
            String right = lines.get(next).text();
            if (LineKinds.isBullet(right) || LineKinds.isPostSignature(right)) {
                return current;
            }
            boolean adjacent = next == current + 1;
            boolean joins = continuesAcrossBreak(left, right)
                    || adjacent && !LineKinds.endsClosed(left) && !isHeading(lines.get(next), null, false);
            if (!joins) {
                return current;
            }
            current = next;
        }
    }

    /** A break the sentence runs across: after "U.S." before "President", or before a lower-case word. */
    private static boolean continuesAcrossBreak(String left, String right) {
        String leftWord = left.substring(left.lastIndexOf(' ') + 1);
        int space = right.indexOf(' ');
        String rightWord = space < 0 ? right : right.substring(0, space);
        return startsLowerCase(right) || Abbreviations.continuesInto(leftWord, rightWord);
    }

    private static boolean startsLowerCase(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.charAt(0));
    }

    private void addSentences(String text, int start, int end, List<TextUnit> units) {
        String paragraph = text.substring(start, end);
        Quotations quotes = new Quotations();
        int scanned = 0;
        for (Span span : splitter.split(paragraph)) {
            boolean inside = quotes.scan(paragraph, scanned, span.getStart());
            scanned = span.getStart();
            units.add(unit(UnitKind.SENTENCE, text, start + span.getStart(), start + span.getEnd(), inside));
        }
    }

    private static TextUnit unit(UnitKind kind, String text, int start, int end, boolean insideQuotation) {
        String display = Texts.collapseWhitespace(text.substring(start, end)).strip();
        return new TextUnit(kind, display, start, end, insideQuotation);
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        return i;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new Line(start, end, text.substring(start, end)));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }
}
