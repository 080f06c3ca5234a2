package io.factdesk.verification.matching.index;

import java.util.HashSet;
import java.util.Set;

/**
 * The numbers two texts state: "sold 300 drones" and "sold 3,000 drones", or inflation "in 2022" and "in 2023", are
 * different claims with almost the same words and meaning, so such a pair is never flagged as a likely duplicate.
 * It only caps the level: lowering the score itself hurt the ranking on development data, where posts carry dates
 * of their own. Plain code: digits are read character by character.
 */
public final class Numbers {

    private Numbers() {
    }

    /** True when both texts state numbers and share none of them. */
    public static boolean conflict(String a, String b) {
        Set<String> first = of(a);
        if (first.isEmpty()) {
            return false;
        }
        Set<String> second = of(b);
        return !second.isEmpty() && first.stream().noneMatch(second::contains);
    }

    /** Numbers in a text, with thousands separators dropped ("3,000" and "3000" are the same number). */
    static Set<String> of(String text) {
        Set<String> numbers = new HashSet<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = (c == ',' || c == '.') && !current.isEmpty() && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1));
            if (c >= '0' && c <= '9') {
                current.append(c);
            } else if (separator && c == ',') {
                continue;
            } else if (separator) {
                current.append(c);
            } else if (!current.isEmpty()) {
                numbers.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            numbers.add(current.toString());
        }
        return numbers;
    }
}
