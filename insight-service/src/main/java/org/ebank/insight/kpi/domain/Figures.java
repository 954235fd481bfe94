package org.ebank.insight.kpi.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import org.ebank.contracts.value.Channel;

/**
 * One period's KPIs, kept as counts and sums so that periods add up and every rate is derived, never averaged.
 *
 * @param enrolments   by e-banking service (the e-channels)
 * @param transactions by channel: transfers, cash operations and wealth purchases
 * @param wealthSales  wealth purchases by channel
 * @param feesCharged  fees customers paid
 * @param feesRefunded fees given back: by staff (MANUAL) or with a returned interbank transfer
 * @param feesWaived   fees not charged, by waiver rule
 * @param referrals    enrolments by referrer code, then by service
 * @param pushes       smart pushes sent in the period, and what came of them
 */
public record Figures(Map<Channel, Enrolments> enrolments, Map<Channel, Tally> transactions, Map<Channel, Tally> wealthSales,
                      BigDecimal feesCharged, BigDecimal feesRefunded, Map<String, BigDecimal> feesWaived,
                      Map<String, Map<Channel, Long>> referrals, PushFunnel pushes) {

    public static final Figures NONE = new Figures(Map.of(), Map.of(), Map.of(), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), Map.of(), Map.of(), PushFunnel.NONE);

    public Figures plus(Figures other) {
        return new Figures(merge(enrolments, other.enrolments, Enrolments::plus), merge(transactions, other.transactions, Tally::plus),
                merge(wealthSales, other.wealthSales, Tally::plus), feesCharged.add(other.feesCharged),
                feesRefunded.add(other.feesRefunded), merge(feesWaived, other.feesWaived, BigDecimal::add),
                merge(referrals, other.referrals, (a, b) -> merge(a, b, Long::sum)), pushes.plus(other.pushes));
    }

    /** E-banking fee income: what was charged less what was given back. */
    public BigDecimal feeIncome() {
        return feesCharged.subtract(feesRefunded);
    }

    public Tally electronicTransactions() {
        return sum(transactions, true);
    }

    public Tally allTransactions() {
        return sum(transactions, false);
    }

    /** 电子银行替代率: e-channel transactions over all transactions, counter, ATM and POS included. */
    public BigDecimal substitutionRate() {
        return Ratio.of(electronicTransactions().count(), allTransactions().count());
    }

    /** 分流率: the share of transactions made on e-channels and at ATMs rather than at a counter (or a POS). */
    public BigDecimal diversionRate() {
        Tally atm = transactions.getOrDefault(Channel.ATM, Tally.NONE);
        return Ratio.of(electronicTransactions().count() + atm.count(), allTransactions().count());
    }

    /** 电子渠道理财销售占比, by amount. */
    public BigDecimal wealthElectronicShare() {
        return Ratio.of(sum(wealthSales, true).amount(), sum(wealthSales, false).amount());
    }

    public long enrolled() {
        return enrolments.values().stream().mapToLong(Enrolments::enrolled).sum();
    }

    public Enrolments enrolments(Channel service) {
        return enrolments.getOrDefault(service, Enrolments.NONE);
    }

    /** The incentive a referrer earned: each enrolment they brought, at its service's reward. */
    public BigDecimal incentive(String referrerCode, Map<Channel, BigDecimal> rewards) {
        return referrals.getOrDefault(referrerCode, Map.of()).entrySet().stream()
                .map(e -> rewards.getOrDefault(e.getKey(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(e.getValue())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static Tally sum(Map<Channel, Tally> byChannel, boolean electronicOnly) {
        return byChannel.entrySet().stream().filter(e -> !electronicOnly || e.getKey().isElectronic())
                .map(Map.Entry::getValue).reduce(Tally.NONE, Tally::plus);
    }

    private static <K, V> Map<K, V> merge(Map<K, V> a, Map<K, V> b, BinaryOperator<V> add) {
        Map<K, V> merged = new TreeMap<>(a);
        b.forEach((key, value) -> merged.merge(key, value, add));
        return merged;
    }
}
