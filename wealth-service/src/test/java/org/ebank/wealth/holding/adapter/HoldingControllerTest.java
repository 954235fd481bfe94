package org.ebank.wealth.holding.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.testing.RequestsRun;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.ebank.wealth.holding.application.HoldingRepository;
import org.ebank.wealth.holding.application.MatureHoldings;
import org.ebank.wealth.holding.application.Redeem;
import org.ebank.wealth.holding.domain.HoldingLine;
import org.ebank.wealth.holding.domain.Redemption;
import org.ebank.wealth.kernel.domain.Outcome;
import org.ebank.wealth.kernel.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Holdings and 日日升 redemptions, the web layer alone: the customer's own list, and how a redemption's refusals read. */
@WebSlice(HoldingController.class)
@Import(RequestsRun.class)
class HoldingControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    HoldingRepository holdings;

    @MockitoBean
    Redeem redeem;

    @MockitoBean
    MatureHoldings matureHoldings;

    @Test
    void aCustomerListsTheirOwnHoldingsWithAmountsAsStrings() {
        when(holdings.listed("cus-1")).thenReturn(Flux.just(new HoldingLine("hld_1", "RRS001", "日日升", "acc-1",
                new BigDecimal("2000.00"), new BigDecimal("1500.00"), "ACTIVE", Instant.parse("2026-11-29T12:00:00Z"), null)));

        customer().get().uri("/api/v1/wealth/holdings").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].holdingId").isEqualTo("hld_1").jsonPath("$.items[0].remaining").isEqualTo("1500.00");
    }

    @Test
    void aRedemptionIsTheSignedInCustomersAndItsRefusalsReadAsProblems() {
        when(redeem.redeem(eq("cus-1"), eq(Channel.MOBILE), eq("hld_1"), eq(Money.of("500.00")), any()))
                .thenReturn(Mono.just(Outcome.ok(new Redemption("red_1", "hld_1", "500.00", "DONE"))));
        redeemed(Map.of("holdingId", "hld_1", "amount", "500")).expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("DONE").jsonPath("$.amount").isEqualTo("500.00");

        when(redeem.redeem(eq("cus-1"), eq(Channel.MOBILE), eq("hld_2"), any(), any())).thenReturn(Mono.just(Outcome.refused(
                Refusal.of(Refusal.Reason.FIXED_TERM, Map.of("maturityDate", LocalDate.of(2027, 3, 1).toString())))));
        redeemed(Map.of("holdingId", "hld_2", "amount", "500.00")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/fixed-term")
                .jsonPath("$.maturityDate").isEqualTo("2027-03-01");
    }

    @Test
    void badAmountsNeverReachTheRedemptionAndOnlyStaffPayMaturities() {
        redeemed(Map.of("holdingId", "hld_1", "amount", 500)).expectStatus().isBadRequest();
        redeemed(Map.of("holdingId", "hld_1", "amount", "0.00")).expectStatus().isBadRequest();
        redeemed(Map.of("amount", "5.00")).expectStatus().isBadRequest();
        verify(redeem, never()).redeem(any(), any(), any(), any(), any());

        customer().post().uri("/api/v1/ops/wealth/maturities").exchange().expectStatus().isForbidden();
        verify(matureHoldings, never()).matureUpTo(any());
    }

    private WebTestClient.ResponseSpec redeemed(Map<String, Object> body) {
        return customer().post().uri("/api/v1/wealth/redemptions").header(IdempotentRequests.HEADER, "k-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient customer() {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestJwts.customer("cus-1", "MOBILE"))).build();
    }
}
