package org.ebank.transfer.fee.application;

import java.time.Clock;
import java.time.LocalDate;
import org.ebank.transfer.directory.domain.Card;
import org.ebank.transfer.fee.domain.FeeCalculator;
import org.ebank.transfer.fee.domain.FeeRule;
import org.ebank.transfer.quota.application.QuotaBook;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The fee benefits of a card, with the free uses left in this period where the benefit has a quota. */
@Service
public class FeeBenefits {

    private final FeeCalculator calculator;
    private final QuotaBook quotas;
    private final Clock clock;

    public FeeBenefits(FeeCalculator calculator, QuotaBook quotas, Clock clock) {
        this.calculator = calculator;
        this.quotas = quotas;
        this.clock = clock;
    }

    public Flux<Benefit> of(Card card) {
        LocalDate day = LocalDate.now(clock);
        return Flux.fromIterable(calculator.rules())
                .filter(rule -> rule.concerns(card.facts()))
                .concatMap(rule -> benefit(card, rule, day));
    }

    private Mono<Benefit> benefit(Card card, FeeRule rule, LocalDate day) {
        return rule.freeUses()
                .map(quota -> quotas.usesLeft(card.accountId(), rule.name(), quota.period().key(day), quota.limit(), clock.instant())
                        .map(left -> new Benefit(rule.name(), quota.period().name(), quota.period().key(day), quota.limit(), left)))
                .orElseGet(() -> Mono.just(new Benefit(rule.name(), null, null, null, null)));
    }

    /** A rule that lowers this card's fees; with a quota: the period, free uses per period, and those left. */
    public record Benefit(String rule, String period, String currentPeriod, Integer freeUses, Integer remainingFreeUses) {
    }
}
