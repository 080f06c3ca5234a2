package io.factdesk.bench.checkworthiness;

import java.nio.file.Path;
import java.util.List;

/**
 * The one-line baseline: a sentence is check-worthy when it has a digit or a capitalised word after its first
 * word (a number, or a cue that a name or body is mentioned).
 */
final class CueWordRule {

    private CueWordRule() {
    }

    static boolean checkWorthy(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (i > 0 && Character.isUpperCase(c) && Character.isLetter(next(sentence, i))
                    && opensWord(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    static Scores scores(Path datasets, String split) {
        List<CheckThatSplit.Row> rows = CheckThatSplit.read(datasets, split);
        boolean[] predicted = new boolean[rows.size()];
        boolean[] labels = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            predicted[i] = checkWorthy(rows.get(i).text());
            labels[i] = rows.get(i).checkWorthy();
        }
        return Scores.of(predicted, labels);
    }

    private static char next(String s, int i) {
        return i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    }

    /** After whitespace, optionally through one opening quote or bracket. */
    private static boolean opensWord(String s, int i) {
        char before = s.charAt(i - 1);
        if (Character.isWhitespace(before)) {
            return true;
        }
        return "\"'‘“(".indexOf(before) >= 0 && i > 1 && Character.isWhitespace(s.charAt(i - 2));
    }
}
