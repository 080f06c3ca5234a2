package io.factdesk.verification.common;

/**
 * Which page of a list to return: 1-based page number (1..{@value #MAX_PAGE}) and page size (1..{@value #MAX_SIZE}).
 * Out-of-range values are refused rather than silently corrected, so clients learn the limits. The page limit
 * keeps the row offset far inside an {@code int} (at most 999,900 rows skipped), so no product of page and size
 * can overflow on its way to SQL, and bounds how deep a reader can make the database scan.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public PageRequest {
        checkPage(page);
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.of("size", "between", 1, MAX_SIZE);
        }
    }

    /** Refuses a page number outside 1..{@value #MAX_PAGE}, naming the {@code page} parameter. */
    public static int checkPage(int page) {
        if (page < 1 || page > MAX_PAGE) {
            throw InvalidInput.of("page", "between", 1, MAX_PAGE);
        }
        return page;
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
