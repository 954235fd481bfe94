package org.ebank.account.fees.domain;

import java.time.LocalDate;

/** A calendar quarter, e.g. 2026-Q3 (1 July to 30 September). */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4");
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The last quarter that ended before {@code day}. */
    public static Quarter lastCompletedBefore(LocalDate day) {
        return of(of(day).firstDay().minusDays(1));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The first day after the quarter. */
    public LocalDate endExclusive() {
        return firstDay().plusMonths(3);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
