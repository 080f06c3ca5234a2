package io.factdesk.api.support;

import io.factdesk.verification.common.Paged;
import java.util.List;
import java.util.function.Function;

/** A page of a list: the items, the 1-based page number, the page size and how many items the whole list has. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageView<T> of(Paged<E> paged, Function<E, T> view) {
        return new PageView<>(paged.items().stream().map(view).toList(), paged.page(), paged.size(), paged.total());
    }
}
