package org.ebank.account.star;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ebank.account.star.domain.StarRating;
import org.ebank.contracts.value.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarRatingTest {

    private final StarRating rating = new StarRating(Money.of("50000.00"), Money.of("200000.00"), Money.of("1000000.00"));

    @ParameterizedTest
    @CsvSource({"0.00,0", "49999.99,0", "50000.00,1", "199999.99,1", "200000.00,2", "999999.99,2", "1000000.00,3", "5000000.00,3"})
    void theLevelFollowsTheThresholdsToTheFen(String liquidAssets, int level) {
        assertThat(rating.levelFor(Money.of(liquidAssets))).isEqualTo(level);
    }

    @Test
    void thresholdsMustRise() {
        assertThatThrownBy(() -> new StarRating(Money.of("2"), Money.of("1"), Money.of("3"))).isInstanceOf(IllegalArgumentException.class);
    }
}
