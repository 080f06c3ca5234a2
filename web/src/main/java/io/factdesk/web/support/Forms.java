package io.factdesk.web.support;

import com.google.re2j.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for reading HTML form values. */
public final class Forms {

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

    private Forms() {
    }

    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Long version(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date typed as yyyy-mm-dd; records a field error and returns null when it is not one. */
    public static LocalDate date(String field, String value, Map<String, String> errors) {
        if (clean(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a date like 2026-11-22.");
            return null;
        }
    }

    /** An absolute http(s) address without spaces; call it only on a value {@link FieldLimits} has let through. */
    public static boolean isWebAddress(String value) {
        return WEB_ADDRESS.matcher(value.strip()).matches();
    }

    /** The submitted values, to show them again when the form comes back with errors. */
    public static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return values;
    }
}
