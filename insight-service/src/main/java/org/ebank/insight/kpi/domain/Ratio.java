package org.ebank.insight.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A rate as the plans report it: four decimals (58.50 % is 0.5850), half-up; none when nothing was counted. */
public final class Ratio {

    private Ratio() {
    }

    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
