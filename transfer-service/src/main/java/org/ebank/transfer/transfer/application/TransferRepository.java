package org.ebank.transfer.transfer.application;

import java.time.Instant;
import java.time.LocalDate;
import org.ebank.platform.paging.Keyset;
import org.ebank.transfer.transfer.domain.Transfer;
import org.ebank.transfer.transfer.domain.TransferStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Transfers, moved from status to status only from the one they were seen in. */
public interface TransferRepository {

    /**
     * Stores a transfer just accepted, with what accepting it means elsewhere, in one statement: its quote is used, the
     * day's total grows by its amount (the row was locked by {@link SpendingRepository#lockDay}), its payee is known
     * from now on, and the free use its quote reserved is kept until the outcome is known.
     */
    Mono<Void> saveAccepted(Transfer t, LocalDate day, String payeeKey);

    /** Moves the transfer on, only from the status it was seen in: two workers never both finish it. */
    Mono<Boolean> advance(Transfer from, Transfer to);

    Mono<Transfer> byId(String id);

    Mono<Transfer> byQuote(String quoteId);

    /** The customer's transfers, newest first, after {@code after} (null: from the newest). */
    Flux<Transfer> ofCustomer(String customerId, Keyset after, int limit);

    Flux<Transfer> inStatus(TransferStatus status, int limit);

    /** Transfers left in a status that should have moved on by {@code olderThan}: after a crash, say. */
    Flux<Transfer> stuck(TransferStatus status, Instant olderThan, int limit);
}
