package org.ebank.wealth.product.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;

/**
 * A wealth product (理财产品): risk level R1-R5, minimum purchase (起购金额) and step, total quota (额度),
 * sales period, the channels it is sold through, and optional daily sales windows (夜市理财: evenings only).
 * No term is daily liquidity (日日升): redeemable any time.
 */
public record Product(String code, String name, int riskLevel, BigDecimal minPurchase, BigDecimal step, BigDecimal totalQuota,
                      BigDecimal sold, Set<Channel> channels, Instant salesStart, Instant salesEnd, List<SalesWindow> windows,
                      Integer termDays, BigDecimal expectedYield, boolean nightMarket) {

    public BigDecimal remainingQuota() {
        return totalQuota.subtract(sold);
    }

    public boolean isDailyLiquidity() {
        return termDays == null;
    }

    public boolean soldThrough(Channel channel) {
        return channels.contains(channel);
    }

    public boolean onSale(Instant now, ZoneId zone) {
        return !now.isBefore(salesStart) && now.isBefore(salesEnd)
                && (windows.isEmpty() || windows.stream().anyMatch(w -> w.contains(now.atZone(zone).toLocalTime())));
    }

    /** When it next opens for sale after {@code now}, if it does before the sales period ends. */
    public Optional<Instant> nextOpenAt(Instant now, ZoneId zone) {
        if (!now.isBefore(salesEnd)) {
            return Optional.empty();
        }
        if (now.isBefore(salesStart)) {
            return Optional.of(salesStart).filter(start -> onSale(start, zone)).or(() -> nextWindowAfter(salesStart, zone));
        }
        return onSale(now, zone) ? Optional.of(now) : nextWindowAfter(now, zone);
    }

    private Optional<Instant> nextWindowAfter(Instant after, ZoneId zone) {
        LocalDateTime local = after.atZone(zone).toLocalDateTime();
        Optional<Instant> next = Optional.empty();
        for (int day = 0; day <= 1 && next.isEmpty(); day++) {
            LocalDate date = local.toLocalDate().plusDays(day);
            next = windows.stream().map(w -> date.atTime(w.from()).atZone(zone).toInstant())
                    .filter(start -> start.isAfter(after)).min(Instant::compareTo);
        }
        return next.filter(start -> start.isBefore(salesEnd));
    }

    /** Whether {@code amount} is at least the minimum and on a step above it. */
    public boolean acceptsAmount(Money money) {
        BigDecimal amount = money.amount();
        return amount.compareTo(minPurchase) >= 0 && amount.subtract(minPurchase).remainder(step).signum() == 0;
    }
}
