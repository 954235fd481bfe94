package org.ebank.wealth.order.application;

import java.time.Instant;
import java.util.Map;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.ebank.wealth.holding.application.HoldingRepository;
import org.ebank.wealth.kernel.domain.Outcome;
import org.ebank.wealth.kernel.domain.Refusal;
import org.ebank.wealth.order.domain.Order;
import org.ebank.wealth.order.domain.OrderRequest;
import org.ebank.wealth.order.domain.PendingOrder;
import org.ebank.wealth.order.domain.PendingOrder.Settlement;
import org.ebank.wealth.product.application.ProductRepository;
import org.ebank.wealth.product.domain.Product;
import org.ebank.wealth.product.domain.ProductEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Quota, ledger, holding and events: the money-moving half of a purchase, after its checks. */
@Service
class Purchases {

    private final ProductRepository products;
    private final OrderRepository orders;
    private final HoldingRepository holdings;
    private final Ledger ledger;
    private final Outbox outbox;
    private final TransactionalOperator tx;

    Purchases(ProductRepository products, OrderRepository orders, HoldingRepository holdings, Ledger ledger, Outbox outbox,
              TransactionalOperator tx) {
        this.products = products;
        this.orders = orders;
        this.holdings = holdings;
        this.ledger = ledger;
        this.outbox = outbox;
        this.tx = tx;
    }

    /** The quota is taken by one conditional update (never oversold) and committed with the PENDING order, then posted. */
    Mono<Outcome<Order>> buy(String orderId, Product product, OrderRequest request, Instant now) {
        PendingOrder order = new PendingOrder(orderId, request, now);
        Mono<Boolean> reserved = products.take(product.code(), request.amount().amount())
                .flatMap(remaining -> (remaining.signum() == 0 ? outbox.append(WealthTopics.PRODUCT, product.code(),
                        WealthTopics.PRODUCT_SOLD_OUT, ProductEvents.soldOut(product, now)).then() : Mono.<Void>empty())
                        .then(orders.savePending(order)).thenReturn(true))
                .defaultIfEmpty(false);
        return tx.transactional(reserved).flatMap(taken -> taken ? post(order, product)
                : Mono.just(Outcome.refused(Refusal.of(Refusal.Reason.SOLD_OUT,
                        Map.of("remainingQuota", product.remainingQuota().toPlainString())))));
    }

    /**
     * The request again, after its first try lost the ledger's answer or its database: that order is finished, never
     * placed a second time.
     */
    Mono<Outcome<Order>> resume(OrderRepository.Recorded recorded, Product product) {
        return switch (recorded.status()) {
            case "PENDING" -> post(recorded.order(), product);
            case "PLACED" -> Mono.just(Outcome.ok(recorded.order().view("PLACED")));
            default -> Mono.just(Outcome.refused(Refusal.Reason.INSUFFICIENT_FUNDS));
        };
    }

    /**
     * Posts the purchase to the ledger under the order's id and settles the order with the answer. After a lost answer
     * or a crash, recovery calls it again: the ledger answers a repeated id with its first result, and the order is
     * settled once, whoever gets there first.
     */
    Mono<Outcome<Order>> post(PendingOrder order, Product product) {
        return ledger.post(order.posting(product)).flatMap(result -> settle(order, product, result));
    }

    private Mono<Outcome<Order>> settle(PendingOrder order, Product product, LedgerResult result) {
        if (result.isUnknown()) {
            return Mono.just(Outcome.ok(order.view("PENDING")));
        }
        Settlement settlement = result instanceof LedgerResult.Refused refused ? order.failed(product, refused.refusal().name())
                : order.placed(product);
        Mono<Void> effects = settlement.placed() ? holdings.open(settlement.holding())
                : products.giveBack(product.code(), order.request().amount().amount());
        // the order moves on from PENDING once: the holding, the quota and the event come with that move only
        return tx.transactional(orders.settle(order.id(), settlement.placed(), settlement.failureReason())
                        .flatMap(claimed -> !claimed ? Mono.empty() : effects.then(outbox.append(WealthTopics.ORDER,
                                order.request().customerId(), settlement.event().type(), settlement.event()))))
                .then(Mono.just(settlement.placed() ? Outcome.ok(order.view("PLACED"))
                        : Outcome.refused(Refusal.Reason.INSUFFICIENT_FUNDS)));
    }
}
