package org.ebank.transfer.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private final Limits limits = new Limits(Map.of("MOBILE", new Limits.ChannelLimit(Money.of("50000.00"), Money.of("200000.00")),
            "NETBANK", new Limits.ChannelLimit(Money.of("500000.00"), Money.of("1000000.00"))));

    @Test
    void eachChannelHasItsOwnSingleAndDailyLimitUpToAndIncludingTheLimit() {
        Limits.ChannelLimit mobile = limits.of(Channel.MOBILE);

        assertThat(mobile.allowsSingle(Money.of("50000.00"))).isTrue();
        assertThat(mobile.allowsSingle(Money.of("50000.01"))).isFalse();
        assertThat(mobile.allowsDaily(Money.of("150000.00"), Money.of("50000.00"))).isTrue();
        assertThat(mobile.allowsDaily(Money.of("150000.01"), Money.of("50000.00"))).isFalse();
        assertThat(limits.of(Channel.NETBANK).allowsSingle(Money.of("500000.00"))).isTrue();
    }

    @Test
    void aChannelWithoutLimitsMovesNothing() {
        assertThatThrownBy(() -> limits.of(Channel.ATM)).isInstanceOf(IllegalArgumentException.class);
    }
}
