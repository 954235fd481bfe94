package org.ebank.account.ledger.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ebank.account.ledger.application.HoldOutcome;
import org.ebank.account.ledger.application.Holds;
import org.ebank.account.ledger.domain.Hold;
import org.ebank.contracts.value.Money;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Holds on an account (internal API), the web layer alone: services only, a positive amount in fen, refusals named. */
@WebSlice(HoldController.class)
class HoldControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    Holds holds;

    @Test
    void aHoldIsPlacedAndReleasedByTheServiceThatOwnsIt() {
        when(holds.place("h-1", "acc-1", Money.of("88.80")))
                .thenReturn(Mono.just(new HoldOutcome.Done(new Hold("h-1", "acc-1", Money.of("88.80"), Hold.Status.ACTIVE))));
        place(service(), Map.of("holdId", "h-1", "accountId", "acc-1", "amount", "88.8")).expectStatus().isOk()
                .expectBody().jsonPath("$.amount").isEqualTo("88.80").jsonPath("$.status").isEqualTo("ACTIVE");

        when(holds.release("h-1"))
                .thenReturn(Mono.just(new HoldOutcome.Done(new Hold("h-1", "acc-1", Money.of("88.80"), Hold.Status.RELEASED))));
        web.post().uri("/internal/ledger/holds/h-1/release").headers(h -> h.setBearerAuth(service())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RELEASED");
    }

    @Test
    void eachRefusalIsAProblemNamingWhatWasWrong() {
        when(holds.place("h-2", "acc-1", Money.of("1000000.00"))).thenReturn(Mono.just(new HoldOutcome.InsufficientFunds("acc-1")));
        place(service(), Map.of("holdId", "h-2", "accountId", "acc-1", "amount", "1000000.00")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/insufficient-funds")
                .jsonPath("$.accountId").isEqualTo("acc-1");

        when(holds.place("h-1", "acc-1", Money.of("1.00"))).thenReturn(Mono.just(new HoldOutcome.IdConflict("h-1")));
        place(service(), Map.of("holdId", "h-1", "accountId", "acc-1", "amount", "1.00")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/posting-id-reused");

        when(holds.release("h-9")).thenReturn(Mono.just(new HoldOutcome.UnknownHold("h-9")));
        web.post().uri("/internal/ledger/holds/h-9/release").headers(h -> h.setBearerAuth(service())).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.holdId").isEqualTo("h-9");
    }

    @Test
    void fractionsOfAFenNothingAndCustomersNeverReachTheHolds() {
        place(service(), Map.of("holdId", "h-3", "accountId", "acc-1", "amount", "0.001")).expectStatus().isBadRequest();
        place(service(), Map.of("holdId", "h-3", "accountId", "acc-1", "amount", "0")).expectStatus().isBadRequest();
        place(service(), Map.of("holdId", "h-3", "accountId", "acc-1", "amount", "-5.00")).expectStatus().isBadRequest();
        place(service(), Map.of("holdId", "h-3", "accountId", "acc-1")).expectStatus().isBadRequest();
        place(TestJwts.customer("cus-1", "MOBILE"), Map.of("holdId", "h-3", "accountId", "acc-1", "amount", "5.00"))
                .expectStatus().isForbidden();
        verify(holds, never()).place(any(), any(), any());
    }

    private WebTestClient.ResponseSpec place(String token, Map<String, Object> body) {
        return web.post().uri("/internal/ledger/holds").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static String service() {
        return TestJwts.token("wealth-service", List.of("SERVICE"), null, null, Duration.ofMinutes(5));
    }
}
