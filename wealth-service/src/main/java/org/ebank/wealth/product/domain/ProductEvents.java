package org.ebank.wealth.product.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.wealth.ProductLaunched;
import org.ebank.contracts.wealth.ProductSoldOut;

/** The product as its events tell it, e.g. to the recommender. */
public final class ProductEvents {

    private ProductEvents() {
    }

    /** On sale, with all of its quota. */
    public static ProductLaunched launched(Product p, Instant at) {
        return new ProductLaunched(p.code(), p.name(), p.riskLevel(), p.minPurchase(), p.totalQuota(), List.copyOf(p.channels()),
                p.salesStart(), p.salesEnd(), windows(p), p.termDays(), p.expectedYield(), p.nightMarket(), at);
    }

    /** Nothing of its quota left. */
    public static ProductSoldOut soldOut(Product p, Instant at) {
        return new ProductSoldOut(p.code(), p.name(), p.riskLevel(), p.minPurchase(), BigDecimal.ZERO.setScale(2),
                List.copyOf(p.channels()), p.salesStart(), p.salesEnd(), windows(p), p.termDays(), p.expectedYield(),
                p.nightMarket(), at);
    }

    private static List<String> windows(Product p) {
        return p.windows().stream().map(SalesWindow::toString).toList();
    }
}
