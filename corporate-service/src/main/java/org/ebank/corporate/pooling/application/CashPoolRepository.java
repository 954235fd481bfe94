package org.ebank.corporate.pooling.application;

import java.time.LocalDate;
import org.ebank.corporate.pooling.domain.CashPool;
import org.ebank.corporate.pooling.domain.Sweep;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Cash pools, their members, and each business day's sweeps. */
public interface CashPoolRepository {

    /**
     * The pool and its accounts; fails with {@link AccountPooled} (nothing kept, once the transaction ends) when one of them
     * is in a pool already, as its master or a member.
     */
    Mono<Void> insert(CashPool pool);

    /** An account is in a pool already. */
    final class AccountPooled extends RuntimeException {

        public AccountPooled() {
            super("an account of the pool is in a pool already");
        }
    }

    Flux<CashPool> of(String enterpriseId);

    Mono<CashPool> find(String poolId, String enterpriseId);

    /** Every pool, for the day's run. */
    Flux<CashPool> all();

    /** Whether the account is any pool's master or member. */
    Mono<Boolean> pooled(String accountId);

    /** Sweeps decided and not yet settled, of any day: a run that stopped half way left them. */
    Flux<Sweep> unsettled();

    /** Keeps the day's decision for a member, unless one was kept before: answers the one that stands. */
    Mono<Sweep> decide(Sweep decided);

    /** Records the outcome of a decided sweep; false when another run recorded it first. */
    Mono<Boolean> settle(Sweep sweep);

    /** Newest days first. */
    Flux<Sweep> sweeps(String poolId, int days);

    /** The pool's sweeps of that day. */
    Flux<Sweep> sweeps(String poolId, LocalDate day);
}
