package org.ebank.platform.db;

import java.util.List;
import java.util.function.Function;

/**
 * Rows written in one statement: each column bound as a {@code text[]} and read back with
 * {@code unnest(:ids::text[], :amounts::text[]::numeric[], ...)}, one array per column, in the rows' order.
 */
public final class Columns {

    private Columns() {
    }

    /** The column {@code value} of each row, as text, for a {@code text[]} parameter. */
    public static <T> String[] of(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }
}
