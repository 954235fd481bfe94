package org.ebank.wealth.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.contracts.wealth.OrderOutcome;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.ledger.LedgerClient;
import org.ebank.platform.ledger.LedgerClient.Line;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.ebank.wealth.directory.Directory;
import org.ebank.wealth.product.Product;
import org.ebank.wealth.product.ProductEvents;
import org.ebank.wealth.product.ProductRepository;
import org.ebank.wealth.suitability.Assessments;
import org.ebank.wealth.suitability.Suitability;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A purchase: checked (channel, sales window, amount, ownership, suitability), the quota taken by one
 * conditional update (never oversold), the account debited through the ledger (posting id = order id)
 * into the wealth settlement account, and the holding recorded — or the quota given back.
 */
@Service
public class PlaceOrder {

    public static final String SETTLEMENT = "int-wealth-settlement";

    private final ProductRepository products;
    private final Directory directory;
    private final Assessments assessments;
    private final Suitability suitability;
    private final Purchases purchases;
    private final Clock clock;

    public PlaceOrder(ProductRepository products, Directory directory, Assessments assessments, Suitability suitability,
                      Purchases purchases, Clock clock) {
        this.products = products;
        this.directory = directory;
        this.assessments = assessments;
        this.suitability = suitability;
        this.purchases = purchases;
        this.clock = clock;
    }

    public Mono<Order> place(OrderRequest request) {
        Instant now = clock.instant();
        return products.byCode(request.productCode())
                .switchIfEmpty(refuse(OrderRefusal.of(OrderRefusal.Reason.UNKNOWN_PRODUCT)))
                .flatMap(product -> check(product, request, now).then(purchases.buy(product, request, now)));
    }

    private Mono<Void> check(Product product, OrderRequest request, Instant now) {
        if (!product.soldThrough(request.channel())) {
            return refuse(new OrderRefusal(OrderRefusal.Reason.CHANNEL_NOT_ALLOWED, Map.of("channels", product.channels())));
        }
        if (!product.onSale(now, clock.getZone())) {
            return refuse(new OrderRefusal(OrderRefusal.Reason.NOT_ON_SALE, product.nextOpenAt(now, clock.getZone())
                    .<Map<String, Object>>map(next -> Map.of("nextOpenAt", next.atZone(clock.getZone()).toOffsetDateTime().toString()))
                    .orElse(Map.of())));
        }
        if (!product.acceptsAmount(request.amount())) {
            return refuse(new OrderRefusal(OrderRefusal.Reason.BAD_AMOUNT, Map.of("minPurchase", product.minPurchase().toPlainString(),
                    "step", product.step().toPlainString())));
        }
        return directory.owns(request.customerId(), request.accountId())
                .flatMap(owns -> owns ? Mono.empty() : refuse(OrderRefusal.of(OrderRefusal.Reason.UNKNOWN_ACCOUNT)))
                .then(Mono.zip(assessments.of(request.customerId()).map(List::of).defaultIfEmpty(List.of()),
                        directory.birthDate(request.customerId()).map(List::of).defaultIfEmpty(List.of())))
                .flatMap(t -> suitability.check(product.riskLevel(), t.getT1().isEmpty() ? null : t.getT1().get(0),
                                t.getT2().isEmpty() ? null : t.getT2().get(0), LocalDate.ofInstant(now, clock.getZone()),
                                request.seniorConfirmation(), now)
                        .map(refusal -> this.<Void>refuse(OrderRefusal.of(OrderRefusal.Reason.valueOf(refusal.name()))))
                        .orElse(Mono.empty()));
    }

    private <T> Mono<T> refuse(OrderRefusal refusal) {
        return Mono.error(new OrderRefused(refusal));
    }

    /** An expected refusal, carried to the web adapter. */
    public static final class OrderRefused extends RuntimeException {
        private final transient OrderRefusal refusal;

        public OrderRefused(OrderRefusal refusal) {
            super(refusal.reason().name(), null, false, false);
            this.refusal = refusal;
        }

        public OrderRefusal refusal() {
            return refusal;
        }
    }

    private static DatabaseClient.GenericExecuteSpec nullableDate(DatabaseClient.GenericExecuteSpec spec, String name, LocalDate date) {
        return date == null ? spec.bindNull(name, LocalDate.class) : spec.bind(name, date);
    }

    /** The order itself. */
    public record Order(String orderId, String productCode, String accountId, BigDecimal amount, String status) {
    }

    /** Quota, ledger, holding and events: the money-moving half of a purchase. */
    @Service
    public static class Purchases {

        private final ProductRepository products;
        private final LedgerClient ledger;
        private final Outbox outbox;
        private final DatabaseClient db;
        private final TransactionalOperator tx;

        public Purchases(ProductRepository products, LedgerClient ledger, Outbox outbox, DatabaseClient db, TransactionalOperator tx) {
            this.products = products;
            this.ledger = ledger;
            this.outbox = outbox;
            this.db = db;
            this.tx = tx;
        }

        Mono<Order> buy(Product product, OrderRequest request, Instant now) {
            String orderId = "ord_" + UUID.randomUUID().toString().replace("-", "");
            Mono<Void> reserve = products.take(product.code(), request.amount())
                    .switchIfEmpty(Mono.error(new OrderRefused(new OrderRefusal(OrderRefusal.Reason.SOLD_OUT,
                            Map.of("remainingQuota", product.remainingQuota().toPlainString())))))
                    .flatMap(remaining -> remaining.signum() == 0 ? outbox.append(WealthTopics.PRODUCT, product.code(),
                            WealthTopics.PRODUCT_SOLD_OUT, ProductEvents.of(product, remaining, now)).then() : Mono.<Void>empty())
                    .then(db.sql("""
                                    insert into wealth_order (id, customer_id, product_code, account_id, amount, channel, status, created_at)
                                    values (:id, :customer, :product, :account, :amount, :channel, 'PENDING', :at)""")
                            .bind("id", orderId).bind("customer", request.customerId()).bind("product", product.code())
                            .bind("account", request.accountId()).bind("amount", request.amount()).bind("channel", request.channel())
                            .bind("at", now.atOffset(ZoneOffset.UTC)).then());
            return tx.transactional(reserve).then(post(orderId, product, request, now));
        }

        /**
         * Posts the purchase to the ledger under the order's id and settles the order with the answer. After a lost answer
         * or a crash, recovery calls it again: the ledger answers a repeated id with its first result, and the order is
         * settled once, whoever gets there first.
         */
        public Mono<Order> post(String orderId, Product product, OrderRequest request, Instant placedAt) {
            return ledger.post(orderId, request.channel(), "WEALTH_PURCHASE", "理财申购 " + product.code(), List.of(
                            new Line(request.accountId(), "DEBIT", request.amount().toPlainString(), "申购 " + product.name()),
                            new Line(SETTLEMENT, "CREDIT", request.amount().toPlainString(), null)))
                    .flatMap(result -> settle(orderId, product, request, placedAt, result));
        }

        private Mono<Order> settle(String orderId, Product product, OrderRequest request, Instant now, LedgerResult result) {
            if (result.status() == LedgerResult.Status.UNKNOWN) {
                return Mono.just(new Order(orderId, product.code(), request.accountId(), request.amount(), "PENDING"));
            }
            boolean placed = result.status() == LedgerResult.Status.RECORDED;
            LocalDate maturity = product.isDailyLiquidity() ? null
                    : LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Shanghai")).plusDays(product.termDays());
            Mono<Void> effects = placed
                    ? nullableDate(db.sql("""
                                    insert into holding (id, order_id, customer_id, product_code, account_id, principal, remaining,
                                        purchased_at, maturity_date)
                                    values (:id, :order, :customer, :product, :account, :principal, :principal, :at, :maturity)""")
                            .bind("id", "hld_" + orderId.substring(4)).bind("order", orderId).bind("customer", request.customerId())
                            .bind("product", product.code()).bind("account", request.accountId()).bind("principal", request.amount())
                            .bind("at", now.atOffset(ZoneOffset.UTC)), "maturity", maturity)
                            .then()
                    : products.giveBack(product.code(), request.amount());
            OrderOutcome event = new OrderOutcome(orderId, request.customerId(), request.accountId(), product.code(),
                    product.riskLevel(), request.amount(), request.channel(), product.isDailyLiquidity(), product.nightMarket(),
                    placed ? "PLACED" : "FAILED", placed ? null : result.reason(), now);
            // the order moves on from PENDING once: the holding, the quota and the event come with that move only
            Mono<Long> claim = db.sql("update wealth_order set status = :status, failure_reason = :reason where id = :id and status = 'PENDING'")
                    .bind("status", placed ? "PLACED" : "FAILED").bind("id", orderId)
                    .bind("reason", placed ? "" : String.valueOf(result.reason())).fetch().rowsUpdated();
            return tx.transactional(claim.flatMap(claimed -> claimed == 0 ? Mono.empty() : effects
                            .then(outbox.append(WealthTopics.ORDER, request.customerId(),
                                    placed ? WealthTopics.ORDER_PLACED : WealthTopics.ORDER_FAILED, event))))
                    .then(placed ? Mono.just(new Order(orderId, product.code(), request.accountId(), request.amount(), "PLACED"))
                            : Mono.error(new OrderRefused(OrderRefusal.of(OrderRefusal.Reason.INSUFFICIENT_FUNDS))));
        }
    }
}
