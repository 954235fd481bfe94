package org.ebank.wealth.order.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.ebank.contracts.value.Channel;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.wealth.directory.application.Directory;
import org.ebank.wealth.kernel.domain.Outcome;
import org.ebank.wealth.kernel.domain.Refusal;
import org.ebank.wealth.order.domain.Order;
import org.ebank.wealth.order.domain.OrderRequest;
import org.ebank.wealth.product.application.ProductRepository;
import org.ebank.wealth.product.domain.Product;
import org.ebank.wealth.suitability.application.AssessmentRepository;
import org.ebank.wealth.suitability.domain.Suitability;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A purchase: checked (channel, sales window, amount, ownership, suitability), the quota taken by one
 * conditional update (never oversold), the account debited through the ledger (posting id = order id)
 * into the wealth settlement account, and the holding recorded — or the quota given back.
 */
@Service
public class PlaceOrder {

    private final ProductRepository products;
    private final Directory directory;
    private final AssessmentRepository assessments;
    private final Suitability suitability;
    private final Purchases purchases;
    private final OrderRepository orders;
    private final Clock clock;

    PlaceOrder(ProductRepository products, Directory directory, AssessmentRepository assessments, Suitability suitability,
               Purchases purchases, OrderRepository orders, Clock clock) {
        this.products = products;
        this.orders = orders;
        this.directory = directory;
        this.assessments = assessments;
        this.suitability = suitability;
        this.purchases = purchases;
        this.clock = clock;
    }

    /** {@code requestKey}: the customer's Idempotency-Key; the same key again is the same order, placed once. */
    public Mono<Outcome<Order>> place(OrderRequest request, String requestKey) {
        return placeAs(IdempotentRequests.operationId("ord_", request.customerId(), requestKey), request);
    }

    /** The order under {@code orderId}, made from its asker's idempotency key: placed once however often it is asked for. */
    public Mono<Outcome<Order>> placeAs(String orderId, OrderRequest request) {
        Instant now = clock.instant();
        return products.byCode(request.productCode())
                .flatMap(product -> orders.byId(orderId).flatMap(recorded -> purchases.resume(recorded, product))
                        .switchIfEmpty(Mono.defer(() -> check(product, request, now).map(Outcome::<Order>refused)
                                .switchIfEmpty(Mono.defer(() -> purchases.buy(orderId, product, request, now))))))
                .defaultIfEmpty(Outcome.refused(Refusal.Reason.UNKNOWN_PRODUCT));
    }

    /** The first rule the purchase breaks, or nothing. */
    private Mono<Refusal> check(Product product, OrderRequest request, Instant now) {
        if (!product.soldThrough(request.channel())) {
            return Mono.just(Refusal.of(Refusal.Reason.CHANNEL_NOT_ALLOWED,
                    Map.of("channels", product.channels().stream().map(Channel::name).toList())));
        }
        if (!product.onSale(now, clock.getZone())) {
            return Mono.just(Refusal.of(Refusal.Reason.NOT_ON_SALE, product.nextOpenAt(now, clock.getZone())
                    .<Map<String, Object>>map(next -> Map.of("nextOpenAt", next.atZone(clock.getZone()).toOffsetDateTime().toString()))
                    .orElse(Map.of())));
        }
        if (!product.acceptsAmount(request.amount())) {
            return Mono.just(Refusal.of(Refusal.Reason.BAD_AMOUNT, Map.of("minPurchase", product.minPurchase().toPlainString(),
                    "step", product.step().toPlainString())));
        }
        return directory.owns(request.customerId(), request.accountId()).flatMap(owns -> !owns
                ? Mono.just(Refusal.of(Refusal.Reason.UNKNOWN_ACCOUNT))
                : Mono.zip(assessments.of(request.customerId()).map(Optional::of).defaultIfEmpty(Optional.empty()),
                                directory.birthDate(request.customerId()).map(Optional::of).defaultIfEmpty(Optional.empty()))
                        .flatMap(known -> Mono.justOrEmpty(suitability.check(product.riskLevel(), known.getT1().orElse(null),
                                        known.getT2().orElse(null), LocalDate.ofInstant(now, clock.getZone()),
                                        request.seniorConfirmation(), now))
                                .map(refusal -> Refusal.of(Refusal.Reason.valueOf(refusal.name())))));
    }
}
