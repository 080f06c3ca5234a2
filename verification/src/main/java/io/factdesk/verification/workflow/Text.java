package io.factdesk.verification.workflow;

/** Small text helpers shared by the rules and the workflow. */
final class Text {

    private Text() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The stripped value, or null when blank. */
    static String clean(String value) {
        return isBlank(value) ? null : value.strip();
    }

    /** Cuts a text to a column's length, at a word boundary when one is close. */
    static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int cut = value.lastIndexOf(' ', max - 1);
        String head = value.substring(0, cut > max / 2 ? cut : max - 1).strip();
        return head + "…";
    }
}
