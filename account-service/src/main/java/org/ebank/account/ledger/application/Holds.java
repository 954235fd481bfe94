package org.ebank.account.ledger.application;

import java.time.Clock;
import java.util.Set;
import org.ebank.account.ledger.domain.Hold;
import org.ebank.contracts.value.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Reserving money for a flow that settles later, and giving it back. Both are idempotent by hold id. */
@Service
public class Holds {

    private final LedgerRepository ledger;
    private final Clock clock;

    public Holds(LedgerRepository ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Mono<HoldOutcome> place(String holdId, String accountId, Money amount) {
        return ledger.lockAccounts(Set.of(accountId))
                .flatMap(accounts -> {
                    LockedAccount account = accounts.get(accountId);
                    if (account == null || account.ledger().isInternal()) {
                        return Mono.just((HoldOutcome) new HoldOutcome.UnknownAccount(accountId));
                    }
                    return ledger.lockHold(holdId)
                            .map(existing -> existing.accountId().equals(accountId) && existing.amount().equals(amount)
                                    ? (HoldOutcome) new HoldOutcome.Done(existing) : new HoldOutcome.IdConflict(holdId))
                            .switchIfEmpty(Mono.defer(() -> {
                                if (account.ledger().available().isLessThan(amount)) {
                                    return Mono.just(new HoldOutcome.InsufficientFunds(accountId));
                                }
                                Hold hold = new Hold(holdId, accountId, amount, Hold.Status.ACTIVE);
                                return ledger.insertHold(hold, clock.instant()).thenReturn(new HoldOutcome.Done(hold));
                            }));
                });
    }

    @Transactional
    public Mono<HoldOutcome> release(String holdId) {
        // account first, then hold: the order a capturing posting locks them in
        return ledger.findHold(holdId)
                .flatMap(hold -> ledger.lockAccounts(Set.of(hold.accountId())).then(ledger.lockHold(holdId)))
                .flatMap(hold -> hold.isActive()
                        ? ledger.settleHolds(java.util.List.of(hold), Hold.Status.RELEASED, clock.instant())
                                .thenReturn((HoldOutcome) new HoldOutcome.Done(new Hold(hold.id(), hold.accountId(),
                                        hold.amount(), Hold.Status.RELEASED)))
                        : Mono.just(new HoldOutcome.Done(hold)))
                .switchIfEmpty(Mono.fromSupplier(() -> new HoldOutcome.UnknownHold(holdId)));
    }
}
