package io.factdesk.verification.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the size of the whole list. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
