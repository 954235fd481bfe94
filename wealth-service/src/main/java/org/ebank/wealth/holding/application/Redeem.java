package org.ebank.wealth.holding.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.contracts.wealth.HoldingRedeemed;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.outbox.Outbox;
import org.ebank.wealth.holding.domain.Holding;
import org.ebank.wealth.holding.domain.PendingRedemption;
import org.ebank.wealth.holding.domain.Redemption;
import org.ebank.wealth.kernel.domain.Outcome;
import org.ebank.wealth.kernel.domain.Refusal;
import org.ebank.wealth.product.application.ProductRepository;
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
    private final RedemptionRepository redemptions;
    private final ProductRepository products;
    private final Ledger ledger;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    Redeem(HoldingRepository holdings, RedemptionRepository redemptions, ProductRepository products, Ledger ledger,
           Outbox outbox, TransactionalOperator tx, Clock clock) {
        this.holdings = holdings;
        this.redemptions = redemptions;
        this.products = products;
        this.ledger = ledger;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code requestKey}: the request's Idempotency-Key; the same key again is the same redemption, done once. */
    public Mono<Outcome<Redemption>> redeem(String customerId, Channel channel, String holdingId, Money amount, String requestKey) {
        String id = IdempotentRequests.operationId("red_", customerId, requestKey);
        return holdings.ofCustomer(holdingId, customerId).flatMap(holding -> redemptions.byId(id)
                        .flatMap(recorded -> resume(recorded, holding))
                        .switchIfEmpty(Mono.defer(() -> redeemNew(id, holding, channel, amount))))
                .defaultIfEmpty(Outcome.refused(Refusal.Reason.UNKNOWN_ACCOUNT));
    }

    private Mono<Outcome<Redemption>> redeemNew(String id, Holding holding, Channel channel, Money amount) {
        if (!holding.isDailyLiquidity()) {
            return Mono.just(Outcome.refused(Refusal.of(Refusal.Reason.FIXED_TERM,
                    Map.of("maturityDate", holding.maturityDate().toString()))));
        }
        PendingRedemption redemption = new PendingRedemption(id, holding.id(), amount.amount(), channel, clock.instant());
        return tx.transactional(holdings.take(holding.id(), amount.amount())
                        .flatMap(remaining -> redemptions.savePending(redemption).thenReturn(remaining)))
                .flatMap(remaining -> post(redemption, holding, remaining).map(Outcome::ok))
                .defaultIfEmpty(Outcome.refused(Refusal.of(Refusal.Reason.NOT_ENOUGH_HELD,
                        Map.of("remaining", holding.remaining().toPlainString()))));
    }

    /**
     * The request again, after its first try lost the ledger's answer or its database: that redemption is finished,
     * never taken off the holding a second time.
     */
    private Mono<Outcome<Redemption>> resume(RedemptionRepository.Recorded recorded, Holding holding) {
        PendingRedemption r = recorded.redemption();
        return "PENDING".equals(recorded.status()) ? post(r, holding, holding.remaining()).map(Outcome::ok)
                : Mono.just(Outcome.ok(new Redemption(r.id(), holding.id(), new Money(r.amount()).toString(), recorded.status())));
    }

    /**
     * Posts the redemption to the ledger under its id and finishes it with the answer; recovery calls it again after a
     * lost answer or a crash, and the redemption is finished once.
     */
    Mono<Redemption> post(PendingRedemption r, Holding holding, BigDecimal remaining) {
        Money amount = new Money(r.amount());
        return ledger.post(new PostingRequest(r.id(), r.channel(), "WEALTH_REDEMPTION", "日日升赎回 " + holding.id(), List.of(
                        Leg.debit(InternalAccounts.WEALTH_SETTLEMENT, amount), Leg.credit(holding.accountId(), amount, "日日升赎回"))))
                .flatMap(result -> {
                    if (result.isUnknown()) {
                        return Mono.just(new Redemption(r.id(), holding.id(), amount.toString(), "PENDING"));
                    }
                    boolean done = result.isRecorded();
                    HoldingRedeemed event = new HoldingRedeemed(holding.id(), holding.customerId(), holding.accountId(),
                            holding.productCode(), "REDEEMED", amount.amount(), BigDecimal.ZERO.setScale(2), remaining, true, r.at());
                    // the redemption moves on from PENDING once: the quota and the event, or the money back to the holding
                    Mono<Void> effects = done
                            ? products.giveBack(holding.productCode(), amount.amount())
                                    .then(outbox.append(WealthTopics.ORDER, holding.customerId(), event.type(), event))
                                    .then()
                            : holdings.giveBack(holding.id(), amount.amount());
                    return tx.transactional(redemptions.finish(r.id(), done).flatMap(claimed -> claimed ? effects : Mono.empty()))
                            .thenReturn(new Redemption(r.id(), holding.id(), amount.toString(), done ? "DONE" : "FAILED"));
                });
    }
}
