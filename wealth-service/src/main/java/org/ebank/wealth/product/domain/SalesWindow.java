package org.ebank.wealth.product.domain;

import java.time.LocalTime;

/**
 * A daily time range when a product may be bought, in the bank's local time; it may run over midnight
 * (夜市理财: 17:00 to 09:00 next morning). {@code from} is inclusive, {@code to} exclusive.
 */
public record SalesWindow(LocalTime from, LocalTime to) {

    public SalesWindow {
        if (from == null || to == null || from.equals(to)) {
            throw new IllegalArgumentException("a sales window has a start and a different end, e.g. 17:00-09:00");
        }
    }

    /** Parses {@code "17:00-09:00"}. */
    public static SalesWindow parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a sales window reads like 17:00-09:00");
        }
        return new SalesWindow(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
    }

    public boolean contains(LocalTime time) {
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
