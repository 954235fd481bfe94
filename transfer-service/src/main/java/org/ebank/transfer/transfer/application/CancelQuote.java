package org.ebank.transfer.transfer.application;

import org.ebank.transfer.quota.application.QuotaBook;
import org.ebank.transfer.transfer.domain.QuotePurpose;
import org.ebank.transfer.transfer.domain.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * A customer withdraws a quote they will not confirm: it can no longer be confirmed, and the free use it held is
 * given back at once rather than when it expires. Cancelling twice is the same as once; a confirmed quote stands.
 */
@Service
public class CancelQuote {

    private final QuoteRepository quotes;
    private final QuotaBook quotas;

    public CancelQuote(QuoteRepository quotes, QuotaBook quotas) {
        this.quotes = quotes;
        this.quotas = quotas;
    }

    @Transactional
    public Mono<Outcome<Boolean>> cancel(String customerId, String quoteId) {
        return quotes.lock(quoteId, customerId)
                .filter(locked -> locked.quote().purpose() != QuotePurpose.SCHEDULED_RUN)
                .flatMap(locked -> locked.confirmed() ? Mono.just(Outcome.<Boolean>refused(Refusal.QUOTE_USED))
                        : locked.cancelled() ? Mono.just(Outcome.ok(true))
                        : quotes.cancel(quoteId).then(quotas.release(quoteId)).thenReturn(Outcome.ok(true)))
                .defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }
}
