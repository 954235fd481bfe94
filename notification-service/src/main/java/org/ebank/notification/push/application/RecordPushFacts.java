package org.ebank.notification.push.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.wealth.HoldingEvent;
import org.ebank.contracts.wealth.OrderOutcome;
import org.ebank.contracts.wealth.ProductEvent;
import org.ebank.contracts.wealth.RiskAssessed;
import org.ebank.notification.push.domain.DailyRange;
import org.ebank.notification.push.domain.Offer;
import reactor.core.publisher.Mono;

/** Keeps the recommender's facts from the events: balances, evening activity, cards, risk levels, holdings, products. */
public class RecordPushFacts {

    /** 17:00-24:00: the evening of "evening activity". */
    private static final LocalTime EVENING = LocalTime.of(17, 0);
    static final Duration CONVERSION_WINDOW = Duration.ofDays(7);

    private final ProfileStore store;
    private final PushLog log;
    private final Clock clock;

    public RecordPushFacts(ProfileStore store, PushLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    public Mono<Void> posting(PostingRecorded p) {
        var local = p.recordedAt().atZone(clock.getZone());
        LocalDate day = local.toLocalDate();
        Mono<Void> balance = store.balance(p.accountId(), p.customerId(), day, p.balanceAfter(), p.recordedAt());
        return p.channel() == Channel.SYSTEM ? balance
                : balance.then(store.activity(p.customerId(), day, !local.toLocalTime().isBefore(EVENING)));
    }

    public Mono<Void> opened(AccountOpened a) {
        return store.card(a.accountId(), a.customerId(), a.product().name());
    }

    public Mono<Void> assessed(RiskAssessed r) {
        return store.risk(r.customerId(), r.level(), r.validUntil());
    }

    public Mono<Void> launched(ProductEvent p) {
        return store.offer(new Offer(p.code(), p.name(), p.riskLevel(), p.minPurchase(),
                p.remainingQuota() != null && p.remainingQuota().signum() <= 0, Set.copyOf(p.channels()), p.salesStart(), p.salesEnd(),
                p.windows().stream().map(DailyRange::parse).toList(), p.termDays(), p.expectedYield(), p.nightMarket()));
    }

    public Mono<Void> soldOut(ProductEvent p) {
        return store.soldOut(p.code());
    }

    /** A purchase is a holding, and the conversion of a push of that product in the week before. */
    public Mono<Void> purchased(OrderOutcome o) {
        return store.holding(o.customerId(), o.productCode(), o.amount())
                .then(log.purchased(o.customerId(), o.productCode(), o.orderId(), o.at(), CONVERSION_WINDOW));
    }

    public Mono<Void> returned(HoldingEvent h) {
        return store.holding(h.customerId(), h.productCode(), h.amount().negate());
    }
}
