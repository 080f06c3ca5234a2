package io.factdesk.verification.publishing;

import java.util.List;

/** One page of results and where it sits in the whole list. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

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
