package org.ebank.notification.push.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.wealth.HoldingEvent;
import org.ebank.contracts.wealth.OrderOutcome;
import org.ebank.contracts.wealth.ProductEvent;
import org.ebank.contracts.wealth.RiskAssessed;
import org.ebank.notification.push.application.ProfileStore.Activity;
import org.ebank.notification.push.application.ProfileStore.Balance;
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

    /**
     * A poll's postings in two statements: each account's latest balance of each day, and each customer's transactions of
     * each day (a posting by the bank itself, a fee or interest, is not the customer's). Enterprises' accounts are left out.
     */
    public Mono<Void> postings(List<PostingRecorded> postings) {
        // in key order: two instances writing the same rows lock them in the same order, so never deadlock
        Map<AccountDay, Balance> balances = new TreeMap<>(Comparator.comparing(AccountDay::accountId).thenComparing(AccountDay::day));
        Map<CustomerDay, Activity> activity = new TreeMap<>(Comparator.comparing(CustomerDay::customerId).thenComparing(CustomerDay::day));
        for (PostingRecorded p : postings) {
            if (!p.product().isCard()) {
                continue;
            }
            var local = p.recordedAt().atZone(clock.getZone());
            LocalDate day = local.toLocalDate();
            balances.merge(new AccountDay(p.accountId(), day), new Balance(p.accountId(), p.customerId(), day, p.balanceAfter(),
                    p.recordedAt()), (earlier, later) -> later.at().isBefore(earlier.at()) ? earlier : later);
            if (p.channel() != Channel.SYSTEM) {
                int evening = local.toLocalTime().isBefore(EVENING) ? 0 : 1;
                activity.merge(new CustomerDay(p.customerId(), day), new Activity(p.customerId(), day, 1, evening),
                        (counted, one) -> new Activity(counted.customerId(), day, counted.total() + 1, counted.evening() + one.evening()));
            }
        }
        return store.balances(List.copyOf(balances.values())).then(store.activity(List.copyOf(activity.values())));
    }

    private record AccountDay(String accountId, LocalDate day) {
    }

    private record CustomerDay(String customerId, LocalDate day) {
    }

    /** A person's card; an enterprise's settlement account is no one's to recommend to. */
    public Mono<Void> opened(AccountOpened a) {
        if (!a.product().isCard()) {
            return Mono.empty();
        }
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
