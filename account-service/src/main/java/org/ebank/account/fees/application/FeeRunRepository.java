package org.ebank.account.fees.application;

import java.time.LocalDate;
import org.ebank.account.fees.domain.FeeKind;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface FeeRunRepository {

    /** The run for this fee and period, created when new. */
    Mono<FeeRun> start(FeeKind kind, String period);

    Mono<Void> save(FeeRun run);

    /** Customer accounts opened before {@code openedBefore}, after {@code afterId} in id order. */
    Flux<FeeAccount> accounts(String afterId, LocalDate openedBefore, int limit);

    /** The average of the account's end-of-day balances over [from, to), counting the days it was open (Asia/Shanghai). */
    Mono<Money> averageDailyBalance(String accountId, LocalDate from, LocalDate to);

    record FeeAccount(String id, CardProduct product) {
    }
}
