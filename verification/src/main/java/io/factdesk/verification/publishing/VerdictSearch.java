package io.factdesk.verification.publishing;

import io.factdesk.verification.common.PageRequest;
import java.time.LocalDate;

/**
 * A reader's search over published verdicts. Every filter is optional (null or blank means "any").
 *
 * @param text words to look for in the claim and claimant (PostgreSQL full-text search, English stemming, and
 *             the cross-script terms of V30: Ukrainian lemmas, names in either script)
 * @param rating a rating code, e.g. "false"
 * @param organisation an organisation slug
 * @param claimant part of the claimant's name, case-insensitive
 * @param from first publication on or after this day
 * @param to first publication on or before this day
 * @param language the language the claim was written in, an ISO 639-1 code such as "uk"
 * @param page 1-based page number (1..{@value PageRequest#MAX_PAGE}; others are refused)
 * @param size results per page (1..100)
 */
public record VerdictSearch(String text, String rating, String organisation, String claimant, LocalDate from,
        LocalDate to, int page, int size, String language) {

    public static final int DEFAULT_SIZE = 20;

    public VerdictSearch {
        text = blankToNull(text);
        language = blankToNull(language);
        rating = blankToNull(rating);
        organisation = blankToNull(organisation);
        claimant = blankToNull(claimant);
        PageRequest.checkPage(page);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, 100);
    }

    /** A search in every language. */
    public VerdictSearch(String text, String rating, String organisation, String claimant, LocalDate from,
            LocalDate to, int page, int size) {
        this(text, rating, organisation, claimant, from, to, page, size, null);
    }

    public static VerdictSearch all() {
        return new VerdictSearch(null, null, null, null, null, null, 1, DEFAULT_SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
