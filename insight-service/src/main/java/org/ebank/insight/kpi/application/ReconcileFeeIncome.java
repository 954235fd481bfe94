package org.ebank.insight.kpi.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import reactor.core.publisher.Mono;

/**
 * Compares the e-banking fee income the KPIs counted from events with what the ledger's fee-income account
 * received from the same kinds of posting, to the fen. Periodic card fees (annual, small-account) also land in
 * that account; they are not e-banking fees and are reported beside, not compared.
 */
public class ReconcileFeeIncome {

    /** Postings that carry e-banking fees: transfers and cash operations (and their reversals), and staff refunds. */
    static final Set<String> EBANKING_KINDS = Set.of("TRANSFER", "CASH_DEPOSIT", "CASH_WITHDRAWAL", "FEE_WAIVER", "CORPORATE_PAYMENT");

    private final KpiReport report;
    private final LedgerMovements ledger;
    private final Clock clock;

    public ReconcileFeeIncome(KpiReport report, LedgerMovements ledger, Clock clock) {
        this.report = report;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Mono<Reconciliation> reconcile(LocalDate from, LocalDate to) {
        return report.total(from, to).zipWith(ledger.feeIncomeByKind(from.atStartOfDay(clock.getZone()).toInstant(),
                        to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .map(both -> {
                    BigDecimal kpi = both.getT1().feeIncome();
                    Map<String, BigDecimal> other = new TreeMap<>();
                    BigDecimal ebanking = BigDecimal.ZERO.setScale(2);
                    for (var kind : both.getT2().entrySet()) {
                        if (EBANKING_KINDS.contains(kind.getKey())) {
                            ebanking = ebanking.add(kind.getValue());
                        } else {
                            other.put(kind.getKey(), kind.getValue());
                        }
                    }
                    BigDecimal difference = kpi.subtract(ebanking);
                    return new Reconciliation(from, to, kpi, ebanking, difference, difference.signum() == 0, other);
                });
    }

    /** {@code difference} is KPI minus ledger; {@code otherLedgerFeeIncome} is what the ledger got from non-e-banking fees. */
    public record Reconciliation(LocalDate from, LocalDate to, BigDecimal kpiFeeIncome, BigDecimal ledgerFeeIncome,
                                 BigDecimal difference, boolean balanced, Map<String, BigDecimal> otherLedgerFeeIncome) {
    }
}
