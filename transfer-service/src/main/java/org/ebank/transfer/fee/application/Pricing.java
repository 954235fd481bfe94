package org.ebank.transfer.fee.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.ebank.transfer.fee.domain.FeeCalculator;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.Tariff;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.quota.application.QuotaBook;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The fee for a context, with the free uses left of each quota that applies, and the reservation of
 * the free use the cheapest waiver spends. If another quote took the last free use meanwhile, the next
 * cheapest outcome is chosen instead.
 */
@Component
public class Pricing {

    private static final int ATTEMPTS = 3;

    private final Tariff tariff;
    private final FeeCalculator calculator;
    private final QuotaBook quotas;

    public Pricing(Tariff tariff, FeeCalculator calculator, QuotaBook quotas) {
        this.tariff = tariff;
        this.calculator = calculator;
        this.quotas = quotas;
    }

    public Tariff tariff() {
        return tariff;
    }

    public FeeCalculator calculator() {
        return calculator;
    }

    /**
     * Runs in the caller's transaction; the reservation belongs to {@code reservationId} (a quote or operation id).
     * With {@code supersedingQuotesOf}, that customer's unconfirmed transfer quotes give back the free uses they hold
     * of the rules that apply here first.
     */
    public Mono<FeeQuote> reserve(FeeContext context, String reservationId, String supersedingQuotesOf, Instant now,
                                  Instant expiresAt) {
        Mono<Void> superseded = supersedingQuotesOf == null ? Mono.empty() : quotaWaivers(context)
                .concatMap(waiver -> quotas.releaseUnconfirmed(supersedingQuotesOf, context.feeCard().accountId(), waiver.rule(),
                        waiver.quota().period().key(context.day())))
                .then();
        return superseded.then(usesLeft(context, now))
                .flatMap(left -> choose(context, left, reservationId, now, expiresAt, ATTEMPTS));
    }

    /** The fee as it would be now, reserving nothing. */
    public Mono<FeeQuote> price(FeeContext context, Instant now) {
        return usesLeft(context, now).map(left -> calculator.quote(context, waiver -> left.getOrDefault(waiver.rule(), 0)));
    }

    /** Free uses left now, per rule that applies to the context and has a quota. */
    public Mono<Map<String, Integer>> usesLeft(FeeContext context, Instant now) {
        return quotaWaivers(context)
                .concatMap(waiver -> quotas.usesLeft(context.feeCard().accountId(), waiver.rule(),
                                waiver.quota().period().key(context.day()), waiver.quota().limit(), now)
                        .map(left -> Map.entry(waiver.rule(), left)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
    }

    private Flux<Waiver> quotaWaivers(FeeContext context) {
        return Flux.fromIterable(calculator.rules())
                .flatMap(rule -> Mono.justOrEmpty(rule.apply(context)))
                .filter(Waiver::usesQuota);
    }

    private Mono<FeeQuote> choose(FeeContext context, Map<String, Integer> left, String reservationId, Instant now,
                                  Instant expiresAt, int attempts) {
        FeeQuote quote = calculator.quote(context, waiver -> left.getOrDefault(waiver.rule(), 0));
        Waiver waiver = quote.waiver();
        if (waiver == null || !waiver.usesQuota() || attempts == 0) {
            return Mono.just(waiver != null && waiver.usesQuota() ? noWaiver(context) : quote);
        }
        return quotas.reserve(context.feeCard().accountId(), waiver.rule(), waiver.quota().period().key(context.day()),
                        waiver.quota().limit(), reservationId, now, expiresAt)
                .flatMap(reserved -> {
                    if (reserved) {
                        return Mono.just(quote);
                    }
                    left.put(waiver.rule(), 0);
                    return choose(context, left, reservationId, now, expiresAt, attempts - 1);
                });
    }

    private static FeeQuote noWaiver(FeeContext context) {
        return new FeeQuote(context.baseFee(), context.baseFee(), null, null);
    }
}
