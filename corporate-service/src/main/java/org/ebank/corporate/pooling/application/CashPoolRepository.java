package org.ebank.corporate.pooling.application;

import java.time.LocalDate;
import org.ebank.corporate.pooling.domain.CashPool;
import org.ebank.corporate.pooling.domain.Sweep;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Cash pools, their members, and each business day's sweeps. */
public interface CashPoolRepository {

    /** False when one of its accounts is in a pool already (as a member), or the master is. */
    Mono<Boolean> insert(CashPool pool);

    Flux<CashPool> of(String enterpriseId);

    Mono<CashPool> find(String poolId, String enterpriseId);

    /** Every pool, for the day's run. */
    Flux<CashPool> all();

    /** Whether the account is any pool's master or member. */
    Mono<Boolean> pooled(String accountId);

    /** Keeps the day's decision for a member, unless one was kept before: answers the one that stands. */
    Mono<Sweep> decide(Sweep decided);

    /** Records the outcome of a decided sweep; false when another run recorded it first. */
    Mono<Boolean> settle(Sweep sweep);

    /** Newest days first. */
    Flux<Sweep> sweeps(String poolId, int days);

    /** The pool's sweeps of that day. */
    Flux<Sweep> sweeps(String poolId, LocalDate day);
}
