package org.ebank.wealth.holding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.contracts.wealth.HoldingEvent;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.ledger.LedgerClient;
import org.ebank.platform.ledger.LedgerClient.Line;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.ebank.wealth.order.OrderRefusal;
import org.ebank.wealth.order.PlaceOrder;
import org.ebank.wealth.order.PlaceOrder.OrderRefused;
import org.ebank.wealth.product.ProductRepository;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * 日日升 redemption: credited at once. The amount is taken off the holding first (never more than is
 * left), then the ledger moves it from the wealth settlement account back to the card; a fixed-term
 * holding pays out at maturity instead.
 */
@Service
public class Redeem {

    private final HoldingRepository holdings;
    private final ProductRepository products;
    private final LedgerClient ledger;
    private final Outbox outbox;
    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Clock clock;

    public Redeem(HoldingRepository holdings, ProductRepository products, LedgerClient ledger, Outbox outbox, DatabaseClient db,
                  TransactionalOperator tx, Clock clock) {
        this.holdings = holdings;
        this.products = products;
        this.ledger = ledger;
        this.outbox = outbox;
        this.db = db;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Redemption> redeem(String customerId, String channel, String holdingId, BigDecimal amount) {
        Instant now = clock.instant();
        String id = "red_" + UUID.randomUUID().toString().replace("-", "");
        return holdings.ofCustomer(holdingId, customerId)
                .switchIfEmpty(Mono.error(new OrderRefused(OrderRefusal.of(OrderRefusal.Reason.UNKNOWN_ACCOUNT))))
                .flatMap(holding -> {
                    if (!holding.isDailyLiquidity()) {
                        return Mono.error(new OrderRefused(new OrderRefusal(OrderRefusal.Reason.FIXED_TERM,
                                Map.of("maturityDate", holding.maturityDate().toString()))));
                    }
                    Mono<BigDecimal> take = holdings.take(holdingId, amount)
                            .switchIfEmpty(Mono.error(new OrderRefused(new OrderRefusal(OrderRefusal.Reason.NOT_ENOUGH_HELD,
                                    Map.of("remaining", holding.remaining().toPlainString())))))
                            .flatMap(remaining -> db.sql("insert into redemption (id, holding_id, amount, channel, status, created_at) "
                                            + "values (:id, :holding, :amount, :channel, 'PENDING', :at)")
                                    .bind("id", id).bind("holding", holdingId).bind("amount", amount).bind("channel", channel)
                                    .bind("at", now.atOffset(ZoneOffset.UTC)).then().thenReturn(remaining));
                    return tx.transactional(take).flatMap(remaining -> post(id, holding, amount, remaining, channel, now));
                });
    }

    /**
     * Posts the redemption to the ledger under its id and finishes it with the answer; recovery calls it again after a
     * lost answer or a crash, and the redemption is finished once.
     */
    public Mono<Redemption> post(String id, Holding holding, BigDecimal amount, BigDecimal remaining, String channel, Instant now) {
        return ledger.post(id, channel, "WEALTH_REDEMPTION", "日日升赎回 " + holding.id(), List.of(
                        new Line(PlaceOrder.SETTLEMENT, "DEBIT", amount.toPlainString(), null),
                        new Line(holding.accountId(), "CREDIT", amount.toPlainString(), "日日升赎回")))
                .flatMap(result -> finish(id, holding, amount, remaining, result, now));
    }

    private Mono<Redemption> finish(String id, Holding holding, BigDecimal amount, BigDecimal remaining, LedgerResult result,
                                    Instant now) {
        if (result.status() == LedgerResult.Status.UNKNOWN) {
            return Mono.just(new Redemption(id, holding.id(), amount.toPlainString(), "PENDING"));
        }
        boolean done = result.status() == LedgerResult.Status.RECORDED;
        HoldingEvent event = new HoldingEvent(holding.id(), holding.customerId(), holding.accountId(), holding.productCode(),
                "REDEEMED", amount, BigDecimal.ZERO.setScale(2), remaining, true, now);
        // the redemption moves on from PENDING once: the money back to the holding, or the quota and the event, come with it
        Mono<Void> effects = done
                ? products.giveBack(holding.productCode(), amount)
                        .then(outbox.append(WealthTopics.ORDER, holding.customerId(), WealthTopics.HOLDING_REDEEMED, event)).then()
                : holdings.giveBack(holding.id(), amount);
        return tx.transactional(db.sql("update redemption set status = :status where id = :id and status = 'PENDING'")
                        .bind("status", done ? "DONE" : "FAILED").bind("id", id).fetch().rowsUpdated()
                        .flatMap(claimed -> claimed == 0 ? Mono.empty() : effects))
                .thenReturn(new Redemption(id, holding.id(), amount.toPlainString(), done ? "DONE" : "FAILED"));
    }

    /** A redemption and whether the money is back on the card. */
    public record Redemption(String redemptionId, String holdingId, String amount, String status) {
    }
}
