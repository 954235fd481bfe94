package org.ebank.corporate.pooling.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.corporate.CashSwept;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.LedgerRefusal;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Channel;
import org.ebank.corporate.account.application.SettlementLedger;
import org.ebank.corporate.pooling.domain.CashPool;
import org.ebank.corporate.pooling.domain.Sweep;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A business day's sweeps: for each pool and member, what is available above its minimum is decided once and kept, then
 * posted to the master under a posting id of the pool's, the day's and the member's. A run tried again (a crash, a lost
 * answer, another instance) finds the day's decisions and posts the same postings, so nothing is swept twice. Each run
 * first finishes what earlier runs decided and left unposted, of any day; a member that cannot be swept now does not
 * stop the others, and the run fails at its end, so the daily job tries it again.
 */
@Service
public class SweepCashPools {

    private static final Logger log = LoggerFactory.getLogger(SweepCashPools.class);

    private final CashPoolRepository pools;
    private final SettlementLedger accounts;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Audit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public SweepCashPools(CashPoolRepository pools, SettlementLedger accounts, Ledger ledger, Outbox outbox, Audit audit,
                          TransactionalOperator tx, Clock clock) {
        this.pools = pools;
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Staff run the sweeps at once: of the latest business day (Monday to Friday, Asia/Shanghai) up to today, the day the
     * 17:00 job would sweep next or swept last. Audited. A day swept before sweeps nothing more.
     */
    public Mono<DayRun> sweepNow() {
        LocalDate day = LocalDate.now(clock.withZone(PlatformAutoConfiguration.BANK_ZONE));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        LocalDate businessDay = day;
        return audit.record(AuditAction.CASH_POOL, "sweeps-" + businessDay, Map.of("step", "swept by hand", "businessDay",
                        businessDay.toString()))
                .then(sweep(businessDay)).map(swept -> new DayRun(businessDay, swept));
    }

    public record DayRun(LocalDate businessDay, long swept) {
    }

    /** The day's sweeps of every pool; how many members' money moved that day. Fails while any is left to do. */
    public Mono<Long> sweep(LocalDate day) {
        AtomicInteger left = new AtomicInteger();
        return pools.all().collectMap(CashPool::id).flatMap(byId -> finishUnsettled(byId, left)
                .then(Flux.fromIterable(byId.values())
                        .concatMap(pool -> Flux.fromIterable(pool.members()).concatMap(member -> decided(pool, member, day)
                                .flatMap(sweep -> sweep.status() == Sweep.Status.DECIDED ? post(pool, sweep) : Mono.just(sweep))
                                .onErrorResume(e -> leftOver(left, pool.id(), member.accountId(), e))))
                        .filter(sweep -> sweep.status() == Sweep.Status.SWEPT)
                        .count()))
                .flatMap(swept -> left.get() == 0 ? Mono.just(swept)
                        : Mono.error(new IllegalStateException(left.get() + " sweeps of " + day + " are left for a later run")));
    }

    /** What earlier runs decided and did not get posted (a crash, the ledger away), of any day: posted as decided. */
    private Mono<Void> finishUnsettled(Map<String, CashPool> byId, AtomicInteger left) {
        return pools.unsettled()
                .filter(sweep -> byId.containsKey(sweep.poolId()))
                .concatMap(sweep -> post(byId.get(sweep.poolId()), sweep).onErrorResume(e -> leftOver(left, sweep.poolId(), sweep.accountId(), e)))
                .then();
    }

    private static Mono<Sweep> leftOver(AtomicInteger left, String poolId, String accountId, Throwable e) {
        left.incrementAndGet();
        log.warn("cash pool {}: the sweep of account {} is left for a later run: {}", poolId, accountId, e.toString());
        return Mono.empty();
    }

    private Mono<Sweep> post(CashPool pool, Sweep sweep) {
        if (!sweep.amount().isPositive()) {
            return settle(pool, sweep, Sweep.Status.NOTHING, null);
        }
        return ledger.post(posting(pool, sweep)).flatMap(result -> {
            if (result.isUnknown() || result.isRefused(LedgerRefusal.POSTING_ID_REUSED)) {
                // no answer yet, or another posting under its id: whether money moved is not known here, so it stays decided
                return Mono.error(new IllegalStateException("the ledger answered sweep " + sweep.postingId() + " with " + result));
            }
            return result instanceof LedgerResult.Refused refused
                    ? settle(pool, sweep, Sweep.Status.REFUSED, refused.refusal().name())
                    : settle(pool, sweep, Sweep.Status.SWEPT, null);
        });
    }

    /** The day's decision for the member: kept from an earlier try, or made now from what is available on it. */
    private Mono<Sweep> decided(CashPool pool, CashPool.Member member, LocalDate day) {
        return pools.sweeps(pool.id(), day).filter(sweep -> sweep.accountId().equals(member.accountId())).next()
                .switchIfEmpty(Mono.defer(() -> accounts.find(member.accountId())
                        .filter(account -> account.enterpriseId().equals(pool.enterpriseId()))
                        .map(account -> new Sweep(pool.id(), day, member.accountId(), CashPool.sweepOf(account.available(), member.keepMinimum()),
                                Sweep.Status.DECIDED, null))
                        .switchIfEmpty(Mono.error(() -> new IllegalStateException("the ledger holds no account " + member.accountId()
                                + " of the pool's enterprise")))
                        .flatMap(pools::decide)));
    }

    private Mono<Sweep> settle(CashPool pool, Sweep decided, Sweep.Status status, String reason) {
        Sweep settled = new Sweep(decided.poolId(), decided.businessDay(), decided.accountId(), decided.amount(), status, reason);
        if (status != Sweep.Status.SWEPT) {
            return pools.settle(settled).thenReturn(settled);
        }
        // announced by the run that recorded it: two runs at once post the same posting, and one of them says so
        return tx.transactional(pools.settle(settled).filter(Boolean::booleanValue)
                .flatMap(first -> outbox.append(CorporateTopics.PAYMENT, pool.id(), CorporateTopics.CASH_SWEPT,
                        new CashSwept(pool.id(), pool.enterpriseId(), decided.accountId(), pool.masterAccountId(), decided.amount().amount(),
                                decided.businessDay(), clock.instant())))).thenReturn(settled);
    }

    public static PostingRequest posting(CashPool pool, Sweep sweep) {
        return new PostingRequest(sweep.postingId(), Channel.CORPORATE_NETBANK, "CASH_SWEEP", "资金归集 " + pool.id() + " " + sweep.businessDay(),
                List.of(Leg.debit(sweep.accountId(), sweep.amount(), "资金归集 转出至主账户"),
                        Leg.credit(pool.masterAccountId(), sweep.amount(), "资金归集 子账户归集")));
    }
}
