package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.Event;
import org.ebank.contracts.value.Channel;

/** A product {@link ProductLaunched launched} or {@link ProductSoldOut sold out}, with what the recommender needs to know of it. */
public sealed interface ProductEvent extends Event permits ProductLaunched, ProductSoldOut {

    String code();

    String name();

    int riskLevel();

    BigDecimal minPurchase();

    BigDecimal remainingQuota();

    List<Channel> channels();

    Instant salesStart();

    Instant salesEnd();

    List<String> windows();

    Integer termDays();

    BigDecimal expectedYield();

    boolean nightMarket();

    Instant at();
}
