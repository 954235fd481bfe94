package org.ebank.transfer.scheduled.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.ebank.transfer.scheduled.domain.Schedule;
import org.ebank.transfer.scheduled.domain.ScheduledTransfer;
import org.ebank.transfer.transfer.application.OneTimePasswords;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.application.QuoteRepository;
import org.ebank.transfer.transfer.domain.Quote;
import org.ebank.transfer.transfer.domain.QuotePurpose;
import org.ebank.transfer.transfer.domain.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Sets up a scheduled transfer from the customer's quote for it ({@code scheduled: true}), with the step-up a transfer
 * of the same amount to the same payee needs: the runs go unattended, so the SMS code is asked for here, once. The
 * schedule pays whom the quote priced; the quote sets up this schedule and no other.
 */
@Service
public class SetUpScheduledTransfer {

    private final QuoteRepository quotes;
    private final OneTimePasswords otps;
    private final ScheduledRepository scheduled;
    private final Clock clock;

    public SetUpScheduledTransfer(QuoteRepository quotes, OneTimePasswords otps, ScheduledRepository scheduled, Clock clock) {
        this.quotes = quotes;
        this.otps = otps;
        this.scheduled = scheduled;
        this.clock = clock;
    }

    /** {@code firstRun} is the schedule's first run after now, already checked to exist. */
    @Transactional
    public Mono<Outcome<ScheduledTransfer>> setUp(String customerId, String quoteId, String otp, Schedule schedule, Instant firstRun) {
        Instant now = clock.instant();
        return quotes.lock(quoteId, customerId).flatMap(locked -> {
            Quote quote = locked.quote();
            if (quote.purpose() != QuotePurpose.SCHEDULE) {
                return Mono.just(Outcome.<ScheduledTransfer>refused(Refusal.QUOTE_NOT_FOR_SCHEDULE));
            }
            if (locked.confirmed()) {
                // set up with this quote before: a retry gets that schedule
                return scheduled.byQuote(quote.id(), customerId).map(Outcome::ok)
                        .defaultIfEmpty(Outcome.refused(Refusal.QUOTE_USED));
            }
            if (locked.cancelled()) {
                return Mono.just(Outcome.<ScheduledTransfer>refused(Refusal.QUOTE_CANCELLED));
            }
            if (quote.isExpired(now)) {
                return Mono.just(Outcome.<ScheduledTransfer>refused(Refusal.QUOTE_EXPIRED));
            }
            Mono<Outcome<Boolean>> stepUp = quote.otpRequired() ? otps.check(quote, otp, now) : Mono.just(Outcome.ok(true));
            return stepUp.flatMap(check -> {
                if (check instanceof Outcome.Refused<Boolean> refused) {
                    return Mono.just(Outcome.<ScheduledTransfer>refused(refused.reason(), refused.details()));
                }
                ScheduledTransfer transfer = new ScheduledTransfer("st_" + UUID.randomUUID().toString().replace("-", ""),
                        customerId, quote.channel(), quote.fromAccountId(), quote.toAccountId(), quote.toAccountNumber(),
                        quote.toBankCode(), quote.toName(), quote.amount(), quote.feeAccountId(), schedule, firstRun, "ACTIVE", now);
                return quotes.markUsed(quote.id()).then(scheduled.insert(transfer, quote.id())).thenReturn(Outcome.ok(transfer));
            });
        }).defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }
}
