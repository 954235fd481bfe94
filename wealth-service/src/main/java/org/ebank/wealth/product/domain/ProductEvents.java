package org.ebank.wealth.product.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.wealth.ProductEvent;

/** The product as its events tell it, e.g. to the recommender. */
public final class ProductEvents {

    private ProductEvents() {
    }

    public static ProductEvent of(Product p, BigDecimal remainingQuota, Instant at) {
        return new ProductEvent(p.code(), p.name(), p.riskLevel(), p.minPurchase(), remainingQuota, List.copyOf(p.channels()),
                p.salesStart(), p.salesEnd(), p.windows().stream().map(SalesWindow::toString).toList(), p.termDays(),
                p.expectedYield(), p.nightMarket(), at);
    }
}
