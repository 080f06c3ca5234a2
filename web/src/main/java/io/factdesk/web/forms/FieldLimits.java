package io.factdesk.web.forms;

import static java.util.Map.entry;

import io.factdesk.verification.article.ArticleService;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The longest value each form field may hold, checked first: before any pattern, parser or service sees it. A
 * form field may be up to 2 MB on the wire (an article is pasted into one), so without this one request could
 * make the server read megabytes where it expects an e-mail address. The figures match the services' own limits;
 * docs/security.md lists them.
 */
public final class FieldLimits {

    /** Any field not listed: names, codes, short notes. */
    static final int DEFAULT = 2_000;

    private static final Map<String, Integer> MAX = Map.ofEntries(
            entry("body", ArticleService.MAX_BODY),
            entry("analysis", 100_000),
            entry("methodology", 100_000),
            entry("quote", 20_000),
            entry("evidence-note", 20_000),
            entry("description", 5_000),
            entry("return-note", 5_000),
            entry("reopen-note", 5_000),
            entry("correct-note", 5_000),
            entry("correct-explanation", 100_000),
            entry("evidence-citation", 1_000),
            entry("title", 500),
            entry("evidence-title", 500),
            entry("contact", 300),
            entry("headline", 300),
            entry("claimant", 300),
            entry("outlet", 200),
            entry("evidence-publisher", 200),
            entry("name", 200),
            entry("assignee", 200),
            entry("version", 20),
            entry("publishedOn", 10),
            entry("evidence-accessedOn", 10));

    private FieldLimits() {
    }

    /** The limit of a field, in characters. */
    public static int of(String field) {
        return MAX.getOrDefault(field, DEFAULT);
    }

    /**
     * A field error for every value over its limit; empty when all fit.
     *
     * @param form field name to submitted value, as {@link Forms#values(String...)} builds it
     */
    public static Map<String, String> check(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            int max = of(field);
            if (value != null && value.length() > max) {
                errors.put(field, "This is too long: at most " + max + " characters.");
            }
        });
        return errors;
    }
}
