package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.Rate;
import org.ebank.contracts.value.Channel;

/** A product's quota is all sold (ProductSoldOut). */
public record ProductSoldOut(String code, String name, int riskLevel, BigDecimal minPurchase,
                             BigDecimal remainingQuota, List<Channel> channels, Instant salesStart, Instant salesEnd,
                             List<String> windows, @Nullable Integer termDays, @Nullable @Rate BigDecimal expectedYield,
                             boolean nightMarket, Instant at) implements ProductEvent {

    @Override
    public String type() {
        return WealthTopics.PRODUCT_SOLD_OUT;
    }
}
