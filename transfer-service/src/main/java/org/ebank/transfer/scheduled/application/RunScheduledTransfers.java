package org.ebank.transfer.scheduled.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.transfer.TransferOutcome;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.Masked;
import org.ebank.platform.outbox.Outbox;
import org.ebank.transfer.scheduled.domain.ScheduledTransfer;
import org.ebank.transfer.transfer.application.ExecuteTransfer;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.application.QuoteRequest;
import org.ebank.transfer.transfer.application.QuoteTransfer;
import org.ebank.transfer.transfer.domain.Quote;
import org.ebank.transfer.transfer.domain.QuotePurpose;
import org.ebank.transfer.transfer.domain.Transfer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Runs what is due, unattended: each due instruction is claimed under a lock other instances skip, its
 * run is recorded once (per instruction and due time), the next run is set — after downtime, missed runs
 * run once, not once per missed period — and the transfer is priced and checked with the rules, quotas,
 * limits and balance of now. Every run's result reaches the customer as an event.
 */
@Service
public class RunScheduledTransfers {

    private static final int BATCH = 20;

    private final ScheduledRepository scheduled;
    private final QuoteTransfer quoteTransfer;
    private final ExecuteTransfer executeTransfer;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    public RunScheduledTransfers(ScheduledRepository scheduled, QuoteTransfer quoteTransfer, ExecuteTransfer executeTransfer,
                                 Outbox outbox, TransactionalOperator tx, Clock clock) {
        this.scheduled = scheduled;
        this.quoteTransfer = quoteTransfer;
        this.executeTransfer = executeTransfer;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Long> runDue() {
        Instant now = clock.instant();
        return tx.transactional(scheduled.claimDue(now, BATCH)
                        .concatMap(due -> scheduled.startRun(due.id(), due.nextRunAt(), now)
                                .flatMap(started -> scheduled.moveOn(due.id(), due.schedule()
                                                .nextRun(now.plusMillis(1), clock.getZone()).orElse(null))
                                        .thenReturn(started ? List.of(due) : List.<ScheduledTransfer>of())))
                        .flatMapIterable(list -> list)
                        .collectList())
                .flatMapIterable(list -> list)
                .concatMap(this::run)
                .count();
    }

    private Mono<String> run(ScheduledTransfer due) {
        // claimed runs go one after another: one the customer cancelled meanwhile does not move money
        return scheduled.isCancelled(due.id()).flatMap(cancelled -> cancelled
                ? scheduled.finishRun(due.id(), due.nextRunAt(), null, null, "CANCELLED", null, null).thenReturn("CANCELLED")
                : runNow(due));
    }

    private Mono<String> runNow(ScheduledTransfer due) {
        QuoteRequest request = new QuoteRequest(due.customerId(), due.channel(), due.fromAccountId(), due.toAccountId(),
                due.toAccountNumber(), due.toBankCode(), due.toName(), due.amount(), due.feeAccountId(), QuotePurpose.SCHEDULED_RUN);
        return quoteTransfer.quote(request).flatMap(quoted -> {
            if (quoted instanceof Outcome.Refused<Quote> refused) {
                return refusedRun(due, refused.reason().name());
            }
            Quote quote = ((Outcome.Ok<Quote>) quoted).value();
            return executeTransfer.execute(due.customerId(), quote.id(), null, true).flatMap(outcome -> {
                if (outcome instanceof Outcome.Refused<Transfer> refused) {
                    return refusedRun(due, refused.reason().name());
                }
                Transfer transfer = ((Outcome.Ok<Transfer>) outcome).value();
                return scheduled.finishRun(due.id(), due.nextRunAt(), quote.id(), transfer.id(), transfer.status().name(),
                        transfer.fee(), transfer.failureReason()).thenReturn(transfer.status().name());
            });
        });
    }

    /** The run could not even start a transfer (a limit, say): it is recorded, and the customer is told. */
    private Mono<String> refusedRun(ScheduledTransfer due, String reason) {
        TransferOutcome event = TransferOutcome.of(null, due.customerId(), due.fromAccountId(), null,
                Masked.accountTail(due.toAccountNumber()), due.toName(),
                due.toBankCode(), due.amount().amount(), null, null, due.channel(), true, "FAILED", reason, clock.instant());
        return tx.transactional(scheduled.finishRun(due.id(), due.nextRunAt(), null, null, "FAILED", null, reason)
                        .then(outbox.append(TransferTopics.TRANSFER, due.customerId(), event.type(), event)))
                .thenReturn("FAILED");
    }
}
