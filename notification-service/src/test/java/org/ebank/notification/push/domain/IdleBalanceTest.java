package org.ebank.notification.push.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ebank.notification.push.domain.IdleBalance.Closing;
import org.junit.jupiter.api.Test;

class IdleBalanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void eachDayCountsTheLastBalanceKnownCarriedForwardAndNothingBeforeTheFirst() {
        List<Closing> closings = List.of(
                new Closing("a", TODAY.minusDays(3), new BigDecimal("100.00")),
                new Closing("a", TODAY.minusDays(3), new BigDecimal("300.00")),
                new Closing("a", TODAY.minusDays(1), new BigDecimal("0.00")),
                new Closing("b", TODAY.minusDays(2), new BigDecimal("50.00")));

        // days 26..30 Nov: a = 0, 300, 300, 0, 0 (its last balance of the 27th was 300); b = 0, 0, 50, 50, 50
        assertThat(IdleBalance.average(closings, TODAY, 5)).isEqualByComparingTo("150.00");
    }

    @Test
    void noBalancesMeanNothingIdle() {
        assertThat(IdleBalance.average(List.of(), TODAY, 30)).isEqualByComparingTo("0.00");
    }
}
