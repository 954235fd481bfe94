package org.ebank.notification.kpi.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.ebank.notification.kpi.application.LedgerMovements;
import org.ebank.platform.ledger.ServiceToken;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Reads the fee-income account's movements from account-service's internal ledger API, under a SERVICE token. */
class HttpLedgerMovements implements LedgerMovements {

    static final String FEE_INCOME = "int-fee-income";

    private final WebClient http;
    private final ServiceToken token;

    HttpLedgerMovements(WebClient http, ServiceToken token) {
        this.http = http;
        this.token = token;
    }

    @Override
    public Mono<Map<String, BigDecimal>> feeIncomeByKind(Instant from, Instant to) {
        return token.get().flatMap(bearer -> http.get()
                        .uri(b -> b.path("/internal/ledger/accounts/{id}/movements").queryParam("from", from).queryParam("to", to)
                                .build(FEE_INCOME))
                        .headers(h -> h.setBearerAuth(bearer))
                        .retrieve().bodyToMono(JsonNode.class)
                        .timeout(Duration.ofSeconds(10)))
                .map(HttpLedgerMovements::netCredits);
    }

    private static Map<String, BigDecimal> netCredits(JsonNode movements) {
        Map<String, BigDecimal> byKind = new TreeMap<>();
        movements.get("byKind").forEach(kind -> byKind.put(kind.get("kind").asText(),
                new BigDecimal(kind.get("credits").asText()).subtract(new BigDecimal(kind.get("debits").asText()))));
        return byKind;
    }
}
