package org.ebank.transfer.cash.application;

import java.time.Clock;
import java.time.Duration;
import org.ebank.platform.ledger.Ledger;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Finishes cash operations whose ledger answer was lost (a crash, a timeout): the same posting is sent
 * again under the operation's id, and the ledger's first answer decides — the money moves once.
 */
@Service
public class RecoverCashOperations {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final CashRepository operations;
    private final Ledger ledger;
    private final FinishCash finish;
    private final Clock clock;

    RecoverCashOperations(CashRepository operations, Ledger ledger, FinishCash finish, Clock clock) {
        this.operations = operations;
        this.ledger = ledger;
        this.finish = finish;
        this.clock = clock;
    }

    public Mono<Long> recover() {
        return operations.pendingBefore(clock.instant().minus(GRACE), 100)
                .concatMap(op -> ledger.post(op.posting())
                        .filter(result -> !result.isUnknown())
                        .flatMap(result -> finish.finish(op, result, "recovery")))
                .count();
    }
}
