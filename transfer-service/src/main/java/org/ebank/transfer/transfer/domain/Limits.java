package org.ebank.transfer.transfer.domain;

import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;

/** Per channel and customer: the most one transfer may move, and the most in one day (Asia/Shanghai). */
public record Limits(Map<String, ChannelLimit> byChannel) {

    public ChannelLimit of(Channel channel) {
        ChannelLimit limit = byChannel.get(channel.name());
        if (limit == null) {
            throw new IllegalArgumentException("no transfer limits for channel " + channel);
        }
        return limit;
    }

    public record ChannelLimit(Money single, Money daily) {

        public boolean allowsSingle(Money amount) {
            return !amount.isGreaterThan(single);
        }

        public boolean allowsDaily(Money movedToday, Money amount) {
            return !movedToday.plus(amount).isGreaterThan(daily);
        }
    }
}
