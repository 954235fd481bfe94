package org.ebank.insight.kpi.adapter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.ledger.Movements;
import org.ebank.insight.kpi.application.LedgerMovements;
import org.ebank.platform.ledger.ServiceToken;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Reads the fee-income account's movements from account-service's internal ledger API, under a SERVICE token. */
class HttpLedgerMovements implements LedgerMovements {

    private final WebClient http;
    private final ServiceToken token;

    HttpLedgerMovements(WebClient http, ServiceToken token) {
        this.http = http;
        this.token = token;
    }

    @Override
    public Mono<Map<String, BigDecimal>> feeIncomeByKind(Instant from, Instant to) {
        return token.get().flatMap(bearer -> http.get()
                        .uri(b -> b.path(LedgerApi.MOVEMENTS).queryParam("from", from).queryParam("to", to)
                                .build(InternalAccounts.FEE_INCOME))
                        .headers(h -> h.setBearerAuth(bearer))
                        .retrieve().bodyToMono(Movements.class)
                        .timeout(Duration.ofSeconds(10)))
                .map(HttpLedgerMovements::netCredits);
    }

    private static Map<String, BigDecimal> netCredits(Movements movements) {
        Map<String, BigDecimal> byKind = new TreeMap<>();
        movements.byKind().forEach(kind -> byKind.put(kind.kind(),
                new BigDecimal(kind.credits()).subtract(new BigDecimal(kind.debits()))));
        return byKind;
    }
}
