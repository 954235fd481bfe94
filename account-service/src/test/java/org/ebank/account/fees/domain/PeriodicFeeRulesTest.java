package org.ebank.account.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import org.junit.jupiter.api.Test;

class PeriodicFeeRulesTest {

    private final AccountFeeSchedule schedule = new AccountFeeSchedule(Money.of("10.00"), Money.of("3.00"), Money.of("300.00"));

    @Test
    void theLastCompletedQuarterIsTheOneBeforeTodaysQuarter() {
        assertThat(Quarter.lastCompletedBefore(LocalDate.of(2026, 11, 30))).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.lastCompletedBefore(LocalDate.of(2026, 1, 1))).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2026, 3).firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(new Quarter(2026, 4).endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new Quarter(2026, 4)).hasToString("2026-Q4");
    }

    @Test
    void theSmallAccountFeeIsDueBelowTheThresholdAndNeverOnTheBenefitCards() {
        assertThat(schedule.smallAccountFeeDue(CardProduct.STANDARD, Money.of("299.99"))).isTrue();
        assertThat(schedule.smallAccountFeeDue(CardProduct.STANDARD, Money.of("300.00"))).isFalse();
        assertThat(schedule.annualFeeDue(CardProduct.YIHUITONG)).isTrue();
        for (CardProduct benefit : new CardProduct[] {CardProduct.XIANGQING, CardProduct.QINGNIAN, CardProduct.JINHUI}) {
            assertThat(schedule.annualFeeDue(benefit)).isFalse();
            assertThat(schedule.smallAccountFeeDue(benefit, Money.ZERO)).isFalse();
        }
    }
}
