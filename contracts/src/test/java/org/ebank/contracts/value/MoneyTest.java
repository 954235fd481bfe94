package org.ebank.contracts.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void anAmountIsExactToTheFenAndWrittenInPlainDigits() {
        assertThat(Money.of("12.5").toString()).isEqualTo("12.50");
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("10.00").minus(Money.of("10.01")).isNegative()).isTrue();
        assertThat(Money.roundedHalfUp(new BigDecimal("2.005"))).isEqualTo(Money.of("2.01"));
        assertThatThrownBy(() -> Money.of("10.001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two decimal places");
        assertThatThrownBy(() -> Money.of("1e3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1,000.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsOfTwoCurrenciesAreNeverAddedOrCompared() {
        Money dollars = new Money(new BigDecimal("1.00"), Currency.getInstance("USD"));

        assertThat(Money.of("1.00").currency()).isEqualTo(Money.CNY);
        assertThat(dollars).isNotEqualTo(Money.of("1.00"));
        assertThatThrownBy(() -> Money.of("1.00").plus(dollars)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.00").isLessThan(dollars)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accountNumbersAndPhonesShowOnlyWhatTheirOwnerRecognises() {
        assertThat(Masked.accountNumber("6217000012345678")).isEqualTo("****5678");
        assertThat(Masked.accountTail("6217000012345678")).isEqualTo("尾号5678");
        assertThat(Masked.accountTail("12")).isEqualTo("尾号12");
        assertThat(Masked.phone("13800000001")).isEqualTo("138****0001");
        assertThat(Masked.phone("12345")).isEqualTo("****");
        assertThat(Masked.phone(null)).isEqualTo("****");
    }
}
