package org.ebank.transfer.transfer.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.ebank.transfer.quota.application.QuotaBook;
import org.ebank.transfer.transfer.domain.Limits;
import org.ebank.transfer.transfer.domain.Quote;
import org.ebank.transfer.transfer.domain.Refusal;
import org.ebank.transfer.transfer.domain.Transfer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Turns an unexpired quote into a transfer, once: the quote is locked (a second confirmation gets the
 * same transfer), the free use its fee relies on must still be its own, the OTP is checked, the day's limit
 * is counted under a lock, and the quote's free use is held until the outcome is known.
 */
@Service
public class AcceptTransfer {

    private final QuoteRepository quotes;
    private final TransferRepository transfers;
    private final OneTimePasswords otps;
    private final SpendingRepository spending;
    private final QuotaBook quotas;
    private final TransferPolicy policy;
    private final Clock clock;

    public AcceptTransfer(QuoteRepository quotes, TransferRepository transfers, OneTimePasswords otps,
                          SpendingRepository spending, QuotaBook quotas, TransferPolicy policy, Clock clock) {
        this.quotes = quotes;
        this.transfers = transfers;
        this.otps = otps;
        this.spending = spending;
        this.quotas = quotas;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Mono<Outcome<Transfer>> accept(String customerId, String quoteId, String otp, boolean byScheduler) {
        Instant now = clock.instant();
        return quotes.lock(quoteId, customerId)
                .flatMap(locked -> !locked.quote().purpose().executableBy(byScheduler)
                        ? Mono.just(Outcome.<Transfer>refused(Refusal.QUOTE_FOR_SCHEDULED))
                        : locked.confirmed() ? transfers.byQuote(quoteId).map(Outcome::ok)
                        : locked.cancelled() ? Mono.just(Outcome.<Transfer>refused(Refusal.QUOTE_CANCELLED))
                        : fresh(locked.quote(), otp, now))
                .defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }

    private Mono<Outcome<Transfer>> fresh(Quote quote, String otp, Instant now) {
        if (quote.isExpired(now)) {
            return Mono.just(Outcome.refused(Refusal.QUOTE_EXPIRED));
        }
        // the fee was promised with a free use: a newer quote may have taken it back (checked before the code, which
        // would otherwise spend a try on a quote that cannot go through)
        Mono<Boolean> freeUseHeld = quote.holdsFreeUse() ? quotas.stillHeld(quote.id(), now) : Mono.just(true);
        return freeUseHeld.flatMap(held -> {
            if (!held) {
                return Mono.just(Outcome.<Transfer>refused(Refusal.QUOTE_SUPERSEDED));
            }
            Mono<Outcome<Boolean>> stepUp = quote.otpRequired() ? otps.check(quote, otp, now) : Mono.just(Outcome.ok(true));
            return stepUp.flatMap(check -> check instanceof Outcome.Refused<Boolean> refused
                    ? finalRefusal(quote, refused.reason() == Refusal.OTP_EXHAUSTED, Outcome.refused(refused.reason(), refused.details()))
                    : withinLimits(quote, now));
        });
    }

    /** A quote that can no longer go through gives its free use back at once, not when it expires. */
    private Mono<Outcome<Transfer>> finalRefusal(Quote quote, boolean dead, Outcome<Transfer> refusal) {
        return dead && quote.holdsFreeUse() ? quotas.release(quote.id()).thenReturn(refusal) : Mono.just(refusal);
    }

    private Mono<Outcome<Transfer>> withinLimits(Quote quote, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        Limits.ChannelLimit limit = policy.limits().of(quote.channel());
        return spending.lockDay(quote.customerId(), quote.channel(), day).flatMap(moved -> {
            if (!limit.allowsDaily(moved, quote.amount())) {
                return finalRefusal(quote, true, Outcome.<Transfer>refused(Refusal.OVER_DAILY_LIMIT,
                        Map.of("limit", limit.daily().toString())));
            }
            Transfer transfer = Transfer.confirm("t_" + UUID.randomUUID().toString().replace("-", ""), quote, now);
            return transfers.saveAccepted(transfer, day, quote.payeeKey()).thenReturn(Outcome.ok(transfer));
        });
    }
}
