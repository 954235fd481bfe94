package org.ebank.platform.problem;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The check a report's month makes ({@code ?month=2026-11}): one of this era, which a database's timestamps hold. */
public final class MonthInput {

    private MonthInput() {
    }

    /** The month, or a 400 invalid-request naming the field {@code month}. */
    public static YearMonth of(YearMonth month) {
        if (month.getYear() < 2000 || month.getYear() > 2999) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("月份无效", "Not a month of this era"),
                    Map.of("errors", List.of(Map.of("field", "month", "message", "a month from 2000-01 to 2999-12"))));
        }
        return month;
    }
}
