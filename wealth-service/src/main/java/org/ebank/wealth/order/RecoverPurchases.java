package org.ebank.wealth.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.wealth.product.ProductRepository;
import org.springframework.r2dbc.core.DatabaseClient;
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

    private final DatabaseClient db;
    private final ProductRepository products;
    private final PlaceOrder.Purchases purchases;
    private final Clock clock;

    public RecoverPurchases(DatabaseClient db, ProductRepository products, PlaceOrder.Purchases purchases, Clock clock) {
        this.db = db;
        this.products = products;
        this.purchases = purchases;
        this.clock = clock;
    }

    public Mono<Long> recover() {
        return db.sql("""
                        select id, customer_id, product_code, account_id, amount, channel, created_at from wealth_order
                        where status = 'PENDING' and created_at < :before order by created_at limit 100""")
                .bind("before", clock.instant().minus(GRACE).atOffset(ZoneOffset.UTC))
                .map(row -> new Pending(row.get("id", String.class), new OrderRequest(row.get("customer_id", String.class),
                        row.get("channel", String.class), row.get("product_code", String.class), row.get("account_id", String.class),
                        row.get("amount", BigDecimal.class), false), row.get("created_at", OffsetDateTime.class).toInstant()))
                .all()
                .concatMap(order -> products.byCode(order.request().productCode())
                        .flatMap(product -> purchases.post(order.id(), product, order.request(), order.placedAt()))
                        // refused by the ledger (the money was no longer there): settled as failed, nothing to report here
                        .onErrorResume(PlaceOrder.OrderRefused.class, refused -> Mono.empty())
                        .filter(placed -> !"PENDING".equals(placed.status())))
                .count();
    }

    private record Pending(String id, OrderRequest request, Instant placedAt) {
    }
}
