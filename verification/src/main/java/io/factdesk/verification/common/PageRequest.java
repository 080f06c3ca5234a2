package io.factdesk.verification.common;

/**
 * Which page of a list to return: 1-based page number and page size (1..{@value #MAX_SIZE}).
 * Out-of-range values are refused rather than silently corrected, so clients learn the limits.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidInput("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
