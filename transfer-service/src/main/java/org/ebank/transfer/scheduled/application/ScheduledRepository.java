package org.ebank.transfer.scheduled.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.scheduled.domain.ScheduledTransfer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Scheduled transfers, their due runs and what came of each. */
public interface ScheduledRepository {

    /** A new scheduled transfer, set up from {@code quoteId}. */
    Mono<Void> insert(ScheduledTransfer s, String quoteId);

    /** Due instructions, locked and skipped by any other instance running the same job. */
    Flux<ScheduledTransfer> claimDue(Instant now, int limit);

    Mono<Void> moveOn(String id, Instant nextRun);

    Mono<Boolean> cancel(String id, String customerId);

    /** The scheduled transfer the customer set up from this quote. */
    Mono<ScheduledTransfer> byQuote(String quoteId, String customerId);

    /** Whether the customer cancelled it since it was claimed to run. */
    Mono<Boolean> isCancelled(String id);

    Mono<ScheduledTransfer> byId(String id, String customerId);

    Flux<ScheduledTransfer> ofCustomer(String customerId);

    Mono<Boolean> startRun(String id, Instant dueAt, Instant now);

    Mono<Void> finishRun(String id, Instant dueAt, String quoteId, String transferId, String status, Money fee, String reason);

    Mono<List<Run>> runs(String scheduledId);

    /** Schedules to one of our cards set up before payees were kept by account: their whole card numbers. */
    Flux<ScheduledTransfer> byCardNumber();

    /** The schedule pays this account from now on; its card number is kept as its last four digits. */
    Mono<Void> payAccount(String id, String accountId, String maskedNumber);

    /** One run of a scheduled transfer and what came of it. */
    record Run(Instant dueAt, String transferId, String status, BigDecimal fee, String failureReason) {
    }
}
