package org.ebank.wealth.holding.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.contracts.wealth.HoldingMatured;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.ebank.wealth.holding.domain.Holding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Pays fixed-term holdings that reached maturity: principal plus yield, once. The payout's posting id
 * names the holding, so a second run (or a second instance, or a run after a crash) gets the ledger's
 * first answer, and only the run that moves the holding to MATURED announces it.
 */
@Service
public class MatureHoldings {

    private static final int PAGE = 200;

    private final HoldingRepository holdings;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Audit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public MatureHoldings(HoldingRepository holdings, Ledger ledger, Outbox outbox, Audit audit, TransactionalOperator tx,
                          Clock clock) {
        this.holdings = holdings;
        this.ledger = ledger;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Pays every holding due on or before {@code day}, page after page, and answers how many; fails while any is left
     * unpaid (the ledger away, say), so the daily job tries again.
     */
    public Mono<Long> matureUpTo(LocalDate day) {
        return page(day, 0).flatMap(paid -> holdings.dueOn(day, 1).hasElements().flatMap(left -> left
                ? Mono.error(new LeftUnpaid(paid))
                : Mono.just(paid)));
    }

    /** A page of due holdings, then the next while the last paid any (those the ledger refused stay due). */
    private Mono<Long> page(LocalDate day, long paidBefore) {
        return holdings.dueOn(day, PAGE).concatMap(this::mature).collectList().flatMap(outcomes -> {
            long paid = outcomes.stream().filter(Boolean::booleanValue).count();
            return outcomes.size() == PAGE && paid > 0 ? page(day, paidBefore + paid) : Mono.just(paidBefore + paid);
        });
    }

    /** Some holdings due are still unpaid (the ledger did not answer, or refused): try again later. */
    public static final class LeftUnpaid extends IllegalStateException {

        LeftUnpaid(long paid) {
            super("matured holdings left unpaid after paying " + paid);
        }
    }

    private Mono<Boolean> mature(Holding h) {
        Money payout = new Money(h.principal().add(h.yieldAtMaturity()));
        return ledger.post(new PostingRequest("mature-" + h.id(), Channel.SYSTEM, "WEALTH_MATURITY", "理财到期 " + h.productCode(),
                        List.of(Leg.debit(InternalAccounts.WEALTH_SETTLEMENT, payout), Leg.credit(h.accountId(), payout, "理财到期本息"))))
                .filter(LedgerResult::isRecorded)
                .flatMap(recorded -> tx.transactional(holdings.markMatured(h.id()).flatMap(matured -> !matured ? Mono.just(false)
                        : outbox.append(WealthTopics.ORDER, h.customerId(), WealthTopics.HOLDING_MATURED,
                                new HoldingMatured(h.id(), h.customerId(), h.accountId(), h.productCode(), "MATURED", h.principal(),
                                        h.yieldAtMaturity(), BigDecimal.ZERO.setScale(2), false, clock.instant()))
                                .then(audit.record(AuditAction.MATURITY_PAID, h.id(), Map.of("accountId", h.accountId(),
                                        "productCode", h.productCode(), "payout", payout.toString())))
                                .thenReturn(true))))
                .defaultIfEmpty(false);
    }
}
