package org.ebank.transfer.cash.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.testing.RequestsRun;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.ebank.transfer.cash.application.RecordCash;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.QuotaPeriod;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Cash reported by ATMs and counters, the web layer alone: what reaches the use case, and how its answer reads. */
@WebSlice(CashController.class)
@Import(RequestsRun.class)
class CashControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    RecordCash cash;

    /** Idempotency has its own integration test; here a request simply runs. */

    @Test
    void aCrossRegionWithdrawalAnswersItsFeeAndTheBenefitThatWaivedIt() {
        FeeQuote waived = new FeeQuote(Money.of("2.00"), Money.ZERO, new Waiver("JINHUI_CROSS_REGION_WITHDRAWAL", Money.ZERO,
                new FreeUses(4, QuotaPeriod.MONTH)), 3);
        when(cash.record(eq("atm-7"), any(), eq("acc-1"), eq(Operation.CASH_WITHDRAWAL), eq(Money.of("300.00")), eq("440300"),
                eq(Channel.ATM), eq("ATM-440300-01"))).thenReturn(Mono.just(Outcome.ok(new RecordCash.CashResult("cash_1", waived))));

        report(Map.of("accountId", "acc-1", "type", "WITHDRAWAL", "amount", "300", "region", "440300", "channel", "ATM",
                "deviceId", "ATM-440300-01"))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.operationId").isEqualTo("cash_1").jsonPath("$.baseFee").isEqualTo("2.00")
                .jsonPath("$.fee").isEqualTo("0.00").jsonPath("$.waiver.rule").isEqualTo("JINHUI_CROSS_REGION_WITHDRAWAL")
                .jsonPath("$.waiver.remainingFreeUses").isEqualTo(3);
    }

    @Test
    void aRefusalReadsAsItsProblem() {
        when(cash.record(any(), any(), any(), any(), any(), any(), any(), any())).thenReturn(Mono.just(Outcome.refused(Refusal.INSUFFICIENT_FUNDS)));

        report(Map.of("accountId", "acc-1", "type", "WITHDRAWAL", "amount", "300.00", "region", "440300", "channel", "COUNTER"))
                .expectStatus().isEqualTo(422).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/insufficient-funds");
    }

    @Test
    void aReportOutsideWhatATillCanDoNeverReachesTheLedger() {
        for (Map<String, Object> invalid : List.<Map<String, Object>>of(
                Map.of("accountId", "acc-1", "type", "WITHDRAWAL", "amount", "300.00", "region", "440300", "channel", "MOBILE"),
                Map.of("accountId", "acc-1", "type", "LOAN", "amount", "300.00", "region", "440300", "channel", "ATM"),
                Map.of("accountId", "acc-1", "type", "DEPOSIT", "amount", "0.00", "region", "440300", "channel", "ATM"),
                Map.of("accountId", "acc-1", "type", "DEPOSIT", "amount", "300.001", "region", "440300", "channel", "ATM"),
                Map.of("accountId", "acc-1", "type", "DEPOSIT", "amount", "300.00", "region", "44030", "channel", "ATM"),
                Map.of("accountId", "acc-1", "type", "DEPOSIT", "amount", "300.00", "region", "440300", "channel", "ATM"),
                Map.of("accountId", "acc-1", "type", "DEPOSIT", "amount", "300.00", "region", "440300", "channel", "ATM",
                        "deviceId", "ATM 01; drop"))) {
            report(invalid).expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        web.post().uri("/api/v1/channel/cash-operations").headers(h -> h.setBearerAuth(TestJwts.customer("cus-1", "MOBILE")))
                .header(IdempotentRequests.HEADER, "k-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", "acc-1", "type", "DEPOSIT", "amount", "1.00", "region", "440300", "channel", "ATM"))
                .exchange().expectStatus().isForbidden();
        verify(cash, never()).record(any(), any(), any(), any(), any(), any(), any(), any());
    }

    private WebTestClient.ResponseSpec report(Map<String, Object> body) {
        String atm = TestJwts.token("atm-7", List.of("CHANNEL"), null, null, Duration.ofMinutes(5));
        return web.post().uri("/api/v1/channel/cash-operations").headers(h -> h.setBearerAuth(atm))
                .header(IdempotentRequests.HEADER, "k-1").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
