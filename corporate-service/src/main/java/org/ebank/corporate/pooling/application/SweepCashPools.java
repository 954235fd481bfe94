package org.ebank.corporate.pooling.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ebank.contracts.corporate.CashSwept;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.account.application.SettlementLedger;
import org.ebank.corporate.pooling.domain.CashPool;
import org.ebank.corporate.pooling.domain.Sweep;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A business day's sweeps: for each pool and member, what is available above its minimum is decided once and kept, then
 * posted to the master under a posting id of the pool's, the day's and the member's. A run tried again (a crash, a lost
 * answer, another instance) finds the day's decisions and posts the same postings, so nothing is swept twice; a run
 * fails while any posting has no answer yet, so the daily job tries it again.
 */
@Service
public class SweepCashPools {

    private final CashPoolRepository pools;
    private final SettlementLedger accounts;
    private final Ledger ledger;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    public SweepCashPools(CashPoolRepository pools, SettlementLedger accounts, Ledger ledger, Outbox outbox, TransactionalOperator tx,
                          Clock clock) {
        this.pools = pools;
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    /** The day's sweeps of every pool; how many moved money. Fails while any is left without the ledger's answer. */
    public Mono<Long> sweep(LocalDate day) {
        return pools.all()
                .concatMap(pool -> Flux.fromIterable(pool.members()).concatMap(member -> sweep(pool, member, day)))
                .filter(sweep -> sweep.status() == Sweep.Status.SWEPT)
                .count();
    }

    private Mono<Sweep> sweep(CashPool pool, CashPool.Member member, LocalDate day) {
        return decided(pool, member, day).flatMap(sweep -> {
            if (sweep.status() != Sweep.Status.DECIDED) {
                return Mono.just(sweep);
            }
            if (!sweep.amount().isPositive()) {
                return settle(pool, sweep, Sweep.Status.NOTHING, null);
            }
            return ledger.post(posting(pool, sweep)).flatMap(result -> {
                if (result.isUnknown()) {
                    return Mono.error(new IllegalStateException("the ledger did not answer sweep " + sweep.postingId()));
                }
                return result instanceof LedgerResult.Refused refused
                        ? settle(pool, sweep, Sweep.Status.REFUSED, refused.refusal().name())
                        : settle(pool, sweep, Sweep.Status.SWEPT, null);
            });
        });
    }

    /** The day's decision for the member: kept from an earlier try, or made now from what is available on it. */
    private Mono<Sweep> decided(CashPool pool, CashPool.Member member, LocalDate day) {
        return pools.sweeps(pool.id(), day).filter(sweep -> sweep.accountId().equals(member.accountId())).next()
                .switchIfEmpty(Mono.defer(() -> accounts.find(member.accountId())
                        .map(account -> new Sweep(pool.id(), day, member.accountId(), CashPool.sweepOf(account.available(), member.keepMinimum()),
                                Sweep.Status.DECIDED, null))
                        .switchIfEmpty(Mono.error(() -> new IllegalStateException("the ledger holds no account " + member.accountId())))
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

    static PostingRequest posting(CashPool pool, Sweep sweep) {
        Money amount = sweep.amount();
        return new PostingRequest(sweep.postingId(), Channel.CORPORATE_NETBANK, "CASH_SWEEP", "资金归集 " + pool.id() + " " + sweep.businessDay(),
                List.of(Leg.debit(sweep.accountId(), amount, "资金归集 转出至主账户"), Leg.credit(pool.masterAccountId(), amount, "资金归集 子账户归集")));
    }
}
