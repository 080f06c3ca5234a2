package io.factdesk.verification.publishing;

import java.util.List;

/**
 * One page of results and where it sits in the whole list. When {@code totalIsLowerBound} is true, counting
 * stopped at {@code total}: there are more results than that.
 */
public record ResultPage<T>(List<T> items, long total, int page, int size, boolean totalIsLowerBound) {

    public ResultPage(List<T> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    /** Exactly one result (for singular wording). */
    public boolean single() {
        return total == 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
