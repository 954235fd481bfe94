package org.ebank.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/**
 * A page of a list: the items, and the cursor for the next page ({@code null} on the last). Every list in the API pages
 * this way: {@code ?cursor=<nextCursor>&limit=} asks for the next.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items, String nextCursor) {

    /** A full page points past its last item; a shorter one is the last. */
    public static <T> Page<T> of(List<T> items, int limit, Function<T, String> cursorAfter) {
        return new Page<>(items, items.size() < limit || items.isEmpty() ? null : cursorAfter.apply(items.get(items.size() - 1)));
    }
}
