package org.ebank.transfer.quota.application;

import java.time.Instant;
import reactor.core.publisher.Mono;

/** Counts free uses per (fee card, rule, period); two concurrent quotes can never both take the last free use. */
public interface QuotaBook {

    Mono<Integer> usesLeft(String feeCard, String rule, String period, int limit, Instant now);

    /** Reserves a free use for the quote; false when none is left. Runs in the caller's transaction. */
    Mono<Boolean> reserve(String feeCard, String rule, String period, int limit, String quoteId, Instant now,
                          Instant expiresAt);

    /**
     * Gives back the free uses of a rule that the customer's transfer quotes hold and nobody confirmed, under the
     * counter's lock (kept until the caller's transaction ends). A confirmation racing this keeps its use: it locks
     * the row, and a confirmed quote's reservation no longer expires.
     */
    Mono<Void> releaseUnconfirmed(String customerId, String feeCard, String rule, String period);

    /** Whether the quote still holds its free use at {@code now}, locked until the caller's transaction ends. */
    Mono<Boolean> stillHeld(String quoteId, Instant now);

    /** The transfer succeeded: the free use is spent. */
    Mono<Void> consume(String quoteId);

    /** The transfer failed or came back: the free use is given back. */
    Mono<Void> release(String quoteId);
}
