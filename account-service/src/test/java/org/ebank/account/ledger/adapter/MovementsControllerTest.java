package org.ebank.account.ledger.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ebank.account.ledger.application.AccountHistory;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.ledger.Movements;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** What moved through a ledger account (internal API), the web layer alone: a range that makes sense, services only. */
@WebSlice(MovementsController.class)
class MovementsControllerTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    @Autowired
    WebTestClient web;

    @MockitoBean
    AccountHistory history;

    @Test
    void theTotalsByKindAreAnsweredInTheContractsShape() {
        when(history.movements(InternalAccounts.FEE_INCOME, FROM, TO)).thenReturn(Mono.just(new Movements(
                InternalAccounts.FEE_INCOME, FROM, TO, List.of(new Movements.KindTotals("TRANSFER", "5.00", "27.50")))));

        Movements answer = get(InternalAccounts.FEE_INCOME, FROM, TO, service()).expectStatus().isOk()
                .expectBody(Movements.class).returnResult().getResponseBody();

        org.assertj.core.api.Assertions.assertThat(answer.byKind())
                .containsExactly(new Movements.KindTotals("TRANSFER", "5.00", "27.50"));
    }

    @Test
    void anEmptyOrBackwardRangeAndCustomersNeverReachTheLedger() {
        get("acc-1", TO, FROM, service()).expectStatus().isBadRequest();
        get("acc-1", FROM, FROM, service()).expectStatus().isBadRequest();
        web.get().uri(LedgerApi.MOVEMENTS + "?from=last-month&to={to}", "acc-1", TO).headers(h -> h.setBearerAuth(service()))
                .exchange().expectStatus().isBadRequest();
        get("acc-1", FROM, TO, TestJwts.customer("cus-1", "MOBILE")).expectStatus().isForbidden();
        verify(history, never()).movements(any(), any(), any());
    }

    private WebTestClient.ResponseSpec get(String account, Instant from, Instant to, String token) {
        return web.get().uri(LedgerApi.MOVEMENTS + "?from={from}&to={to}", account, from, to)
                .headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static String service() {
        return TestJwts.token("insight-service", List.of("SERVICE"), null, null, Duration.ofMinutes(5));
    }
}
