package org.ebank.transfer.fee.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** The calendar period a free-use quota counts in (Asia/Shanghai), reset at its boundary at 00:00. */
public enum QuotaPeriod {
    MONTH,
    YEAR;

    /** The period containing {@code day}, e.g. {@code 2026-11} or {@code 2026}. */
    public String key(LocalDate day) {
        return this == MONTH ? YearMonth.from(day).toString() : Integer.toString(day.getYear());
    }
}
