package org.ebank.wealth.holding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HoldingTest {

    @Test
    void aFixedTermPaysSimpleInterestForItsDaysRoundedHalfUpToTheFen() {
        // 10,000.00 at 3.20 % for 90 days: 78.904... → 78.90
        assertThat(holding("10000.00", 90, "0.0320").yieldAtMaturity()).isEqualByComparingTo("78.90");
        // 1,000.00 at 2.55 % for 7 days: 0.48904... → 0.49
        assertThat(holding("1000.00", 7, "0.0255").yieldAtMaturity()).isEqualByComparingTo("0.49");
    }

    @Test
    void riRiShengHasNoTermAndNoYieldAtMaturity() {
        Holding daily = new Holding("h-1", "c-1", "RRS001", "acc-1", new BigDecimal("5000.00"), new BigDecimal("5000.00"), null,
                "ACTIVE", null, null);

        assertThat(daily.isDailyLiquidity()).isTrue();
        assertThat(daily.yieldAtMaturity()).isEqualByComparingTo("0.00");
    }

    private static Holding holding(String principal, int days, String yield) {
        return new Holding("h-1", "c-1", "WJ90", "acc-1", new BigDecimal(principal), new BigDecimal(principal),
                LocalDate.of(2027, 3, 1), "ACTIVE", days, new BigDecimal(yield));
    }
}
