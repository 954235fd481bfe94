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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Pays fixed-term holdings that reached maturity: principal plus yield, once. The payout's posting id
 * names the holding, so a second run (or a second instance, or a run after a crash) gets the ledger's
 * first answer, and only the run that moves the holding to MATURED announces it.
 */
@Service
public class MatureHoldings {

    private static final Logger log = LoggerFactory.getLogger(MatureHoldings.class);
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
     * Pays every holding due on or before {@code day}, page after page, and answers how many this run paid. Fails when
     * the ledger's answer about any was lost (it was away, say), so the daily job tries again within minutes; a payout
     * the ledger refused is logged and stays due, tried again at the next day's run.
     */
    public Mono<Long> matureUpTo(LocalDate day) {
        // page after page by position, while pages come full: a holding left due never hides the ones after it
        return holdings.dueOn(day, null, PAGE).collectList()
                .expand(page -> page.size() < PAGE ? Mono.empty() : holdings.dueOn(day, page.get(PAGE - 1), PAGE).collectList())
                .concatMap(page -> Flux.fromIterable(page).concatMap(this::mature))
                .collectList()
                .flatMap(outcomes -> {
                    long paid = outcomes.stream().filter(Paid.PAID::equals).count();
                    long lost = outcomes.stream().filter(Paid.UNKNOWN::equals).count();
                    return lost > 0 ? Mono.error(new LeftUnpaid(paid, lost)) : Mono.just(paid);
                });
    }

    /** The ledger's answer about some payouts was lost: they are still due, and the run is to be tried again. */
    public static final class LeftUnpaid extends IllegalStateException {

        LeftUnpaid(long paid, long unknown) {
            super("paid " + paid + " matured holdings; the ledger's answer about " + unknown + " more was lost");
        }
    }

    /** What became of one holding: paid by this run, by another, refused by the ledger, or not known. */
    private enum Paid { PAID, BY_ANOTHER_RUN, REFUSED, UNKNOWN }

    private Mono<Paid> mature(Holding h) {
        Money payout = new Money(h.principal().add(h.yieldAtMaturity()));
        return ledger.post(new PostingRequest("mature-" + h.id(), Channel.SYSTEM, "WEALTH_MATURITY", "理财到期 " + h.productCode(),
                        List.of(Leg.debit(InternalAccounts.WEALTH_SETTLEMENT, payout), Leg.credit(h.accountId(), payout, "理财到期本息"))))
                .flatMap(result -> {
                    if (result instanceof LedgerResult.Refused refused) {
                        log.error("the ledger refused the maturity payout of holding {}: {}; it stays due", h.id(), refused.refusal());
                        return Mono.just(Paid.REFUSED);
                    }
                    return result.isRecorded() ? paid(h, payout) : Mono.just(Paid.UNKNOWN);
                });
    }

    private Mono<Paid> paid(Holding h, Money payout) {
        return tx.transactional(holdings.markMatured(h.id()).flatMap(matured -> !matured ? Mono.just(Paid.BY_ANOTHER_RUN)
                        : outbox.append(WealthTopics.ORDER, h.customerId(), WealthTopics.HOLDING_MATURED,
                                new HoldingMatured(h.id(), h.customerId(), h.accountId(), h.productCode(), "MATURED", h.principal(),
                                        h.yieldAtMaturity(), BigDecimal.ZERO.setScale(2), false, clock.instant()))
                                .then(audit.record(AuditAction.MATURITY_PAID, h.id(), Map.of("accountId", h.accountId(),
                                        "productCode", h.productCode(), "payout", payout.toString())))
                                .thenReturn(Paid.PAID)));
    }
}
