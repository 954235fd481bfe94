package org.ebank.insight.incentive.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.insight.incentive.domain.IncentiveSheet.StaffLine;
import org.ebank.insight.incentive.domain.IncentiveSheet.TargetOutcome;

/**
 * The incentive scheme (DOMAIN.md, "Incentives"): a reward per activated referral by service (200 / 30 / 20 CNY for
 * corporate netbank / personal netbank / mobile bank by default), and, when the branch reaches its month's target, a
 * bonus on each staff member's base (10 % by default, half-up to the fen).
 */
public record IncentiveRules(Map<Channel, Money> rewards, BigDecimal branchBonusRate) {

    public IncentiveRules {
        rewards = Map.copyOf(rewards);
        if (rewards.values().stream().anyMatch(Money::isNegative) || branchBonusRate.signum() < 0) {
            throw new IllegalArgumentException("rewards and the branch bonus rate are not negative");
        }
    }

    /** From configured amounts: one of more than two decimals stops the start. */
    public static IncentiveRules of(Map<Channel, BigDecimal> rewards, BigDecimal branchBonusRate) {
        Map<Channel, Money> amounts = new EnumMap<>(Channel.class);
        rewards.forEach((service, reward) -> amounts.put(service, new Money(reward)));
        return new IncentiveRules(amounts, branchBonusRate);
    }

    public Money reward(Channel service) {
        return rewards.getOrDefault(service, Money.ZERO);
    }

    /** The sheet of {@code branch} for {@code month} from its staff's activated referrals, one line per staff member. */
    public IncentiveSheet sheet(String branch, YearMonth month, List<Referral> referrals, TargetOutcome target) {
        Map<String, List<Referral>> byStaff = referrals.stream()
                .collect(Collectors.groupingBy(Referral::staffCode, TreeMap::new, Collectors.toList()));
        List<StaffLine> lines = byStaff.entrySet().stream().map(s -> line(s.getKey(), s.getValue(), target.reached())).toList();
        Money total = lines.stream().map(StaffLine::total).reduce(Money.ZERO, Money::plus);
        return new IncentiveSheet(branch, month, target, lines, total);
    }

    private StaffLine line(String staffCode, List<Referral> referrals, boolean targetReached) {
        Money base = referrals.stream().map(r -> reward(r.service())).reduce(Money.ZERO, Money::plus);
        Money bonus = targetReached ? Money.roundedHalfUp(base.amount().multiply(branchBonusRate)) : Money.ZERO;
        return new StaffLine(staffCode, referrals, base, bonus, base.plus(bonus));
    }
}
