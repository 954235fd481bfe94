package org.ebank.wealth.order.application;

import java.time.Clock;
import java.time.Duration;
import org.ebank.wealth.kernel.domain.Outcome;
import org.ebank.wealth.order.domain.Order;
import org.ebank.wealth.product.application.ProductRepository;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Finishes purchases left PENDING by a crash or a lost ledger answer: each is posted again under its order id, and the
 * ledger's first answer decides it (placed, or failed with its quota given back). Safe with several instances: an
 * order moves on from PENDING once.
 */
@Service
public class RecoverPurchases {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final OrderRepository orders;
    private final ProductRepository products;
    private final Purchases purchases;
    private final Clock clock;

    RecoverPurchases(OrderRepository orders, ProductRepository products, Purchases purchases, Clock clock) {
        this.orders = orders;
        this.products = products;
        this.purchases = purchases;
        this.clock = clock;
    }

    /** How many were placed; those the ledger refused (the money was no longer there) are settled as failed. */
    public Mono<Long> recover() {
        return orders.pendingBefore(clock.instant().minus(GRACE), 100)
                .concatMap(order -> products.byCode(order.request().productCode())
                        .flatMap(product -> purchases.post(order, product)))
                .filter(outcome -> outcome instanceof Outcome.Ok<Order> ok && !"PENDING".equals(ok.value().status()))
                .count();
    }
}
