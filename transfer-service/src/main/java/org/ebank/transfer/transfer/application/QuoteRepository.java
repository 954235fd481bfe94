package org.ebank.transfer.transfer.application;

import org.ebank.transfer.transfer.domain.Quote;
import reactor.core.publisher.Mono;

/** Quotes, locked while they are confirmed, cancelled or used. */
public interface QuoteRepository {

    Mono<Void> save(Quote quote);

    /** The customer's quote, locked (confirming it twice at once makes one transfer), and what became of it. */
    Mono<LockedQuote> lock(String quoteId, String customerId);

    /**
     * A quote under lock; {@code confirmed} once a transfer (or, for a schedule's quote, a scheduled transfer) was
     * made of it, {@code cancelled} once the customer withdrew it.
     */
    record LockedQuote(Quote quote, boolean confirmed, boolean cancelled) {
    }

    /** A schedule's quote has set up its scheduled transfer: it sets up no other. */
    Mono<Void> markUsed(String quoteId);

    Mono<Void> cancel(String quoteId);
}
