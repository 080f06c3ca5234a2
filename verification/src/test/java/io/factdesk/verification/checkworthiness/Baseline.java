package io.factdesk.verification.checkworthiness;

import java.util.regex.Pattern;

/**
 * The simple baseline the scorer must beat: a sentence is check-worthy when it has a digit or a capitalised
 * word anywhere but at its start (a stand-in for "a number or a named entity").
 */
final class Baseline {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern CAPITALISED_AFTER_START = Pattern.compile("\\s[\"'‘“(]?\\p{Lu}\\p{L}");

    private Baseline() {
    }

    static boolean checkWorthy(String sentence) {
        return DIGIT.matcher(sentence).find() || CAPITALISED_AFTER_START.matcher(sentence).find();
    }
}
