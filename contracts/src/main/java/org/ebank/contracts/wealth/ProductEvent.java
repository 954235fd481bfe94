package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.value.Channel;

/** A product launched or sold out, with what the recommender needs to know about it. */
public record ProductEvent(String code, String name, int riskLevel, BigDecimal minPurchase, BigDecimal remainingQuota,
                           List<Channel> channels, Instant salesStart, Instant salesEnd, List<String> windows, Integer termDays,
                           BigDecimal expectedYield, boolean nightMarket, Instant at) {
}
