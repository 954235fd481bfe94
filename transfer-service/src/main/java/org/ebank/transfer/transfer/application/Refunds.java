package org.ebank.transfer.transfer.application;

import java.time.Clock;
import java.time.LocalDate;
import org.ebank.transfer.quota.application.QuotaBook;
import org.ebank.transfer.transfer.domain.Transfer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Gives a customer back what a transfer that did not go through held: its free use, and the day's limit. */
@Service
public class Refunds {

    private final QuotaBook quotas;
    private final SpendingRepository spending;
    private final Clock clock;

    public Refunds(QuotaBook quotas, SpendingRepository spending, Clock clock) {
        this.quotas = quotas;
        this.spending = spending;
        this.clock = clock;
    }

    public Mono<Void> giveBack(Transfer t) {
        LocalDate day = LocalDate.ofInstant(t.createdAt(), clock.getZone());
        return quotas.release(t.quoteId()).then(spending.add(t.customerId(), t.channel(), day, t.amount().amount().negate()));
    }
}
