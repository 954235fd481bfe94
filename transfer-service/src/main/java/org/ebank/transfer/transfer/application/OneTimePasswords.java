package org.ebank.transfer.transfer.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.ebank.contracts.transfer.OtpRequested;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.Masked;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.secrets.OneTimeCode;
import org.ebank.platform.secrets.Sealer;
import org.ebank.transfer.transfer.application.OtpRepository.StoredOtp;
import org.ebank.transfer.transfer.domain.Quote;
import org.ebank.transfer.transfer.domain.QuotePurpose;
import org.ebank.transfer.transfer.domain.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Step-up codes for a quote: six digits, sent by SMS through notification-service, kept here only as a
 * hash, valid for a few minutes and a few tries. A new code replaces the last.
 */
@Service
public class OneTimePasswords {

    private final OtpRepository otps;
    private final QuoteRepository quotes;
    private final Outbox outbox;
    private final Sealer sealer;
    private final TransferPolicy policy;
    private final Clock clock;

    public OneTimePasswords(OtpRepository otps, QuoteRepository quotes, Outbox outbox, Sealer sealer, TransferPolicy policy,
                            Clock clock) {
        this.sealer = sealer;
        this.otps = otps;
        this.quotes = quotes;
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Mono<Outcome<Instant>> send(String customerId, String quoteId) {
        Instant now = clock.instant();
        return quotes.lock(quoteId, customerId).flatMap(locked -> {
            Quote quote = locked.quote();
            if (quote.purpose() == QuotePurpose.SCHEDULED_RUN) {
                return Mono.empty();
            }
            if (locked.confirmed() || locked.cancelled()) {
                return Mono.just(Outcome.<Instant>refused(locked.confirmed() ? Refusal.QUOTE_USED : Refusal.QUOTE_CANCELLED));
            }
            if (quote.isExpired(now)) {
                return Mono.just(Outcome.<Instant>refused(Refusal.QUOTE_EXPIRED));
            }
            // a new code does not give new tries: three wrong codes end the quote, however many were sent
            return otps.lock(quoteId).map(StoredOtp::tries).defaultIfEmpty(0).flatMap(tries -> tries >= policy.stepUp().tries()
                    ? Mono.just(Outcome.<Instant>refused(Refusal.OTP_EXHAUSTED)) : issue(quote, customerId, now));
        }).defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }

    private Mono<Outcome<Instant>> issue(Quote quote, String customerId, Instant now) {
        String code = OneTimeCode.generate();
        Instant expiresAt = now.plus(policy.stepUp().lifetime());
        // the code leaves this service sealed for notification-service: no row or record holds it in clear
        return sealer.seal(code).flatMap(sealed -> otps.save(quote.id(), OneTimeCode.hash(quote.id(), code), expiresAt)
                .then(outbox.append(TransferTopics.OTP, customerId, TransferTopics.OTP_REQUESTED,
                        new OtpRequested(quote.id(), customerId, sealed, quote.amount().amount(), masked(quote), expiresAt,
                                quote.purpose().name())))
                .thenReturn(Outcome.ok(expiresAt)));
    }

    /** Checks the code in the caller's transaction; a wrong code counts a try, which commits with the refusal. */
    public Mono<Outcome<Boolean>> check(Quote quote, String code, Instant now) {
        if (code == null || code.isBlank()) {
            return Mono.just(Outcome.refused(Refusal.OTP_REQUIRED));
        }
        return otps.lock(quote.id()).flatMap(stored -> {
            if (stored.tries() >= policy.stepUp().tries()) {
                return Mono.just(Outcome.<Boolean>refused(Refusal.OTP_EXHAUSTED));
            }
            if (!now.isBefore(stored.expiresAt())) {
                return Mono.just(Outcome.<Boolean>refused(Refusal.OTP_EXPIRED));
            }
            if (OneTimeCode.matches(quote.id(), code, stored.codeHash())) {
                return Mono.just(Outcome.ok(true));
            }
            int left = policy.stepUp().tries() - stored.tries() - 1;
            return otps.countTry(quote.id()).thenReturn(left == 0 ? Outcome.<Boolean>refused(Refusal.OTP_EXHAUSTED)
                    : Outcome.<Boolean>refused(Refusal.OTP_WRONG, Map.of("remainingTries", left)));
        }).defaultIfEmpty(Outcome.refused(Refusal.OTP_REQUIRED));
    }

    static String masked(Quote quote) {
        String number = quote.toAccountNumber();
        return Masked.accountTail(number);
    }
}
