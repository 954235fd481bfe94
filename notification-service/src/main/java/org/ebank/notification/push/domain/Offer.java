package org.ebank.notification.push.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.value.Channel;

/**
 * A wealth product as the recommender knows it from wealth-service's events. {@code windows} empty means on sale all
 * day; {@code termDays} null means daily liquidity (日日升).
 */
public record Offer(String code, String name, int riskLevel, BigDecimal minPurchase, boolean soldOut, Set<Channel> channels,
                    Instant salesStart, Instant salesEnd, List<DailyRange> windows, Integer termDays, BigDecimal expectedYield,
                    boolean nightMarket) {

    public boolean dailyLiquidity() {
        return termDays == null;
    }

    /** Sold through the app or the netbank page, where a push leads. */
    public boolean sellsOnline() {
        return channels.contains(Channel.MOBILE) || channels.contains(Channel.NETBANK);
    }
}
