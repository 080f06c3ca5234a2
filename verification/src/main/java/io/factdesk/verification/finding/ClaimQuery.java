package io.factdesk.verification.finding;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.claim.Tag;
import io.factdesk.verification.common.InvalidInput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A search over the desk's claims of one organisation, in every state. Every filter is optional (null means
 * "any"). Built from query parameters by {@link #parse}, which checks each length before anything else reads it
 * and names the offending parameter in its refusal.
 *
 * @param text words to look for in the claim and claimant (PostgreSQL full-text search, English stemming)
 * @param claimant part of the claimant's name, case-insensitive
 * @param state only claims in this state
 * @param assignee only claims assigned to this login name
 * @param rating only claims whose published verdict currently has this rating code
 * @param from claims that came in on or after this day (UTC)
 * @param to claims that came in on or before this day (UTC)
 * @param tag only claims with this tag (case-insensitive)
 * @param sort the order; relevance needs words and otherwise means newest
 */
public record ClaimQuery(String text, String claimant, ClaimState state, String assignee, String rating,
        LocalDate from, LocalDate to, String tag, Sort sort) {

    public static final int MAX_TEXT = 500;
    public static final int MAX_CLAIMANT = 300;
    public static final int MAX_ASSIGNEE = 200;
    public static final int MAX_RATING = 64;

    /** The orders the list offers. */
    public enum Sort {
        /** Most recently received first. */
        NEWEST,
        /** Earliest received first. */
        OLDEST,
        /** Most recently changed first. */
        UPDATED,
        /** Best full-text match first (with words only). */
        RELEVANCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ClaimQuery {
        if (sort == null) {
            sort = text == null ? Sort.NEWEST : Sort.RELEVANCE;
        } else if (sort == Sort.RELEVANCE && text == null) {
            sort = Sort.NEWEST;
        }
    }

    public static ClaimQuery any() {
        return new ClaimQuery(null, null, null, null, null, null, null, null, null);
    }

    /** Reads the query parameters; a bad value is an {@link InvalidInput} naming its parameter. */
    public static ClaimQuery parse(String text, String claimant, String state, String assignee, String rating,
            String from, String to, String tag, String sort) {
        String q = limited("q", text, MAX_TEXT);
        String who = limited("claimant", claimant, MAX_CLAIMANT);
        String assigned = limited("assignee", assignee, MAX_ASSIGNEE);
        String code = limited("rating", rating, MAX_RATING);
        String label = limited("tag", tag, Tag.MAX_NAME);
        String stateName = limited("state", state, 20);
        String fromDay = limited("from", from, 10);
        String toDay = limited("to", to, 10);
        String order = limited("sort", sort, 20);
        LocalDate start = date("from", fromDay);
        LocalDate end = date("to", toDay);
        if (start != null && end != null && end.isBefore(start)) {
            throw InvalidInput.of("to", "to_before_from");
        }
        return new ClaimQuery(q, who, state(stateName), assigned, code, start, end, label, sort(order));
    }

    /** The query string that gives this search again (no paging), empty for "everything". */
    public String queryString() {
        StringJoiner joined = new StringJoiner("&");
        parameters().forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    /** The non-empty parameters, in a stable order; the sort only when it is not the default. */
    public Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "q", text);
        put(values, "claimant", claimant);
        put(values, "state", state == null ? null : state.name());
        put(values, "assignee", assignee);
        put(values, "rating", rating);
        put(values, "from", from == null ? null : from.toString());
        put(values, "to", to == null ? null : to.toString());
        put(values, "tag", tag);
        if (sort != (text == null ? Sort.NEWEST : Sort.RELEVANCE)) {
            values.put("sort", sort.code());
        }
        return values;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static String limited(String name, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw InvalidInput.of(name, "too_long", max);
        }
        return value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(name, "date", "2026-11-22");
        }
    }

    private static ClaimState state(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ClaimState.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("state", "one_of", "SUBMITTED, IN_REVIEW, REVIEWED, RATED, DISMISSED");
        }
    }

    private static Sort sort(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Sort.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("sort", "one_of", "newest, oldest, updated, relevance");
        }
    }
}
