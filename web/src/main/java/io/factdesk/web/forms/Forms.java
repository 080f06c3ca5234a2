package io.factdesk.web.forms;

import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.common.InvalidWebUrl;
import io.factdesk.core.common.WebUrl;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.UiMsg;
import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for reading HTML form values. */
public final class Forms {


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
            errors.put(field, PageLanguage.bundle(UiMsg.class).error_date());
            return null;
        }
    }

    /**
     * The normalised http(s) address, or null when blank; records the reason as a field error when the text is
     * not an absolute http(s) address ({@link WebUrl}'s rules, the same as the services and the API apply).
     */
    public static String url(String field, String value, Map<String, String> errors) {
        try {
            WebUrl url = WebUrl.parseOptional(value);
            return url == null ? null : url.value();
        } catch (InvalidWebUrl e) {
            errors.put(field, PageLanguage.bundle(UiMsg.class).error_web_address(e.getMessage()));
            return null;
        }
    }

    /** The submitted values, to show them again when the form comes back with errors. */
    public static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return values;
    }

    /**
     * The claimant kind a desk form chose: null when left unstated. The choices come from a select, so anything
     * else was not typed by a person: 400.
     */
    public static ClaimantKind claimantKind(String value) {
        String kind = clean(value);
        if (kind == null) {
            return null;
        }
        for (ClaimantKind candidate : ClaimantKind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        throw new BadRequestException("unknown claimant kind");
    }
}
