package org.ebank.transfer.fee.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Chooses among the waivers that apply: the lowest fee wins; on a tie, a waiver that spends no free use
 * wins, so a customer's quota is not burnt when it would not save anything. A quota with no free use
 * left does not apply.
 */
public final class FeeCalculator {

    private final List<FeeRule> rules;

    public FeeCalculator(List<FeeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<FeeRule> rules() {
        return rules;
    }

    /**
     * @param usesLeft free uses left, for a waiver with a quota, before this use
     */
    public FeeQuote quote(FeeContext context, ToIntFunction<Waiver> usesLeft) {
        if (!context.baseFee().isPositive()) {
            return new FeeQuote(context.baseFee(), context.baseFee(), null, null);
        }
        Optional<Candidate> best = rules.stream()
                .map(rule -> rule.apply(context))
                .flatMap(Optional::stream)
                .filter(waiver -> waiver.fee().compareTo(context.baseFee()) < 0)
                .map(waiver -> new Candidate(waiver, waiver.usesQuota() ? usesLeft.applyAsInt(waiver) : null))
                .filter(candidate -> candidate.usesLeft() == null || candidate.usesLeft() > 0)
                .min(Comparator.comparing((Candidate c) -> c.waiver().fee()).thenComparing(c -> c.waiver().usesQuota()));
        return best.map(c -> new FeeQuote(context.baseFee(), c.waiver().fee(), c.waiver(),
                        c.usesLeft() == null ? null : c.usesLeft() - 1))
                .orElseGet(() -> new FeeQuote(context.baseFee(), context.baseFee(), null, null));
    }

    private record Candidate(Waiver waiver, Integer usesLeft) {
    }
}
