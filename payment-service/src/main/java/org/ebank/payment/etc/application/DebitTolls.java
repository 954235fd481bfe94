package org.ebank.payment.etc.application;

import java.time.Clock;
import org.ebank.contracts.payment.PaymentTopics;
import org.ebank.payment.etc.domain.DebitRetries;
import org.ebank.payment.etc.domain.EtcDebit;
import org.ebank.payment.etc.domain.EtcDebitStatus;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Takes a card's tolls: the attempt due is posted to the ledger under its own id. Taken: PAID. Refused for want of
 * money: due again a day later while retries are left, else UNPAID; refused for anything else: UNPAID at once; the
 * holder is told each time. No answer: the attempt stays due and is asked again under the same id a little later, so it
 * is never taken twice. Each outcome moves the debit from that
 * attempt once, its event written with the move, however many instances try at the same time.
 */
@Service
public class DebitTolls {

    private static final Logger log = LoggerFactory.getLogger(DebitTolls.class);

    private final EtcRepository etc;
    private final Ledger ledger;
    private final Outbox outbox;
    private final DebitRetries retries;
    private final TransactionalOperator tx;
    private final Clock clock;

    DebitTolls(EtcRepository etc, Ledger ledger, Outbox outbox, DebitRetries retries, TransactionalOperator tx, Clock clock) {
        this.etc = etc;
        this.ledger = ledger;
        this.outbox = outbox;
        this.retries = retries;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<EtcDebit> attempt(EtcDebit debit) {
        if (debit.status() != EtcDebitStatus.DUE) {
            return Mono.just(debit);
        }
        return ledger.post(debit.posting()).flatMap(result -> {
            if (result.isRecorded()) {
                return settle(debit, debit.paid(clock.instant()), PaymentTopics.ETC_DEBITED);
            }
            if (result instanceof LedgerResult.Refused refused) {
                return settle(debit, debit.refused(refused.refusal().name(), retries.retries(), retries.after(), clock.instant()),
                        PaymentTopics.ETC_DEBIT_REFUSED);
            }
            log.warn("ETC debit {}: the ledger's answer to attempt {} did not come ({}); asked again in {}", debit.id(),
                    debit.attempt(), result instanceof LedgerResult.Unknown unknown ? unknown.why() : result, retries.afterNoAnswer());
            return etc.postpone(debit.id(), debit.attempt(), clock.instant().plus(retries.afterNoAnswer())).thenReturn(debit);
        });
    }

    /** The debits due now (new, refused a day or more ago, or whose answer was lost), each attempted: how many were. */
    public Mono<Long> attemptDue() {
        return etc.dueBy(clock.instant(), 100).concatMap(debit -> attempt(debit).onErrorResume(e -> {
            // one debit's fault stops neither the others nor the next run
            log.error("ETC debit {} could not be attempted: {}", debit.id(), e.toString());
            return etc.postpone(debit.id(), debit.attempt(), clock.instant().plus(retries.afterNoAnswer())).then(Mono.empty());
        })).count();
    }

    private Mono<EtcDebit> settle(EtcDebit debit, EtcDebit moved, String type) {
        return tx.transactional(etc.move(moved, debit.attempt()).flatMap(done -> done
                ? outbox.append(PaymentTopics.ETC, debit.holderId(), type, moved.event()).thenReturn(moved)
                : etc.debit(debit.id())));
    }
}
