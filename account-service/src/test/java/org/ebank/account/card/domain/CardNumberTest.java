package org.ebank.account.card.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CardNumberTest {

    @Test
    void anIssuedNumberHasTheBanksBinNineteenDigitsAndAValidCheckDigit() {
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            CardNumber number = CardNumber.issue(random);
            assertThat(number.value()).startsWith(CardNumber.BIN).hasSize(19);
            assertThat(new CardNumber(number.value())).isEqualTo(number);
        }
    }

    @Test
    void aMistypedDigitIsCaughtByTheCheckDigit() {
        String valid = CardNumber.issue(new Random(1)).value();
        char changed = valid.charAt(10) == '9' ? '0' : (char) (valid.charAt(10) + 1);
        String mistyped = valid.substring(0, 10) + changed + valid.substring(11);

        assertThatThrownBy(() -> new CardNumber(mistyped)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardNumber("62170000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itIsShownMaskedExceptItsLastFourDigits() {
        CardNumber number = CardNumber.issue(new Random(3));

        assertThat(number.masked()).isEqualTo("6217 **** **** ***" + number.value().substring(15));
        assertThat(number.toString()).doesNotContain(number.value().substring(4, 15));
    }
}
