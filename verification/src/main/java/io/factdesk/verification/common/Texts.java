package io.factdesk.verification.common;

import io.factdesk.core.common.InvalidWebUrl;
import io.factdesk.core.common.WebUrl;
import com.google.re2j.Pattern;

/** Small helpers for optional text input. */
public final class Texts {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile(",");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private Texts() {
    }

    /** Stripped text, or null when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Stripped text; refuses blank or longer than {@code max} characters. */
    public static String required(String field, String value, int max) {
        String cleaned = clean(value);
        if (cleaned == null) {
            throw InvalidInput.of(field, "blank");
        }
        return limited(field, cleaned, max);
    }

    /** Stripped text or null; refuses longer than {@code max} characters. */
    public static String optional(String field, String value, int max) {
        return limited(field, clean(value), max);
    }

    /**
     * The normalised http(s) address, or null when blank; anything else is refused with the reason, naming the
     * field. This is the only way a link enters the database.
     */
    public static String optionalUrl(String field, String value) {
        try {
            WebUrl url = WebUrl.parseOptional(value);
            return url == null ? null : url.value();
        } catch (InvalidWebUrl e) {
            throw InvalidInput.of(field, e.key(), e.arguments().toArray());
        }
    }

    /** Every run of whitespace as one space; not stripped. */
    public static String collapseWhitespace(String value) {
        return WHITESPACE.matcher(value).replaceAll(" ");
    }

    /** The parts between commas, as {@link String#split(String)} gives them (trailing empty parts dropped). */
    public static String[] commaSeparated(String value) {
        return COMMA.split(value);
    }

    /** A BCP 47 language tag of the simple form the desk accepts: "en", "uk", "pt-BR". */
    public static boolean isLanguageTag(String value) {
        return LANGUAGE_TAG.matcher(value).matches();
    }

    private static String limited(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw InvalidInput.of(field, "too_long", max);
        }
        return value;
    }
}
