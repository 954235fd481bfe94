package org.ebank.insight.kpi.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Mono;

/** account-service's ledger, seen from outside: what the fee-income account gained, net, per posting kind. */
public interface LedgerMovements {

    Mono<Map<String, BigDecimal>> feeIncomeByKind(Instant from, Instant to);
}
