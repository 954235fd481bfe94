package org.ebank.transfer.transfer.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.testing.RequestsRun;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.transfer.application.CancelQuote;
import org.ebank.transfer.transfer.application.ExecuteTransfer;
import org.ebank.transfer.transfer.application.OneTimePasswords;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.application.QuoteRequest;
import org.ebank.transfer.transfer.application.QuoteTransfer;
import org.ebank.transfer.transfer.application.TransferRepository;
import org.ebank.transfer.transfer.domain.Quote;
import org.ebank.transfer.transfer.domain.QuotePurpose;
import org.ebank.transfer.transfer.domain.Refusal;
import org.ebank.transfer.transfer.domain.Transfer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** The customer's transfer API, the web layer alone: what a quote and a confirmation become, and how refusals read. */
@WebSlice(TransferController.class)
@Import(RequestsRun.class)
class TransferControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    @Autowired
    WebTestClient web;

    @MockitoBean
    QuoteTransfer quoteTransfer;

    @MockitoBean
    OneTimePasswords otps;

    @MockitoBean
    CancelQuote cancelQuote;

    @MockitoBean
    ExecuteTransfer executeTransfer;

    @MockitoBean
    TransferRepository transfers;

    @Test
    void aQuoteIsPricedForTheCustomersChannelAndShowsTheFeeAndTheAccountMasked() {
        when(quoteTransfer.quote(any())).thenReturn(Mono.just(Outcome.ok(quote())));

        as("cus-1", "NETBANK").post().uri("/api/v1/transfers/quotes").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fromAccountId", "acc-1", "toAccountNumber", "6217000012345678", "toName", "李四",
                        "amount", "1000"))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.quoteId").isEqualTo("q-1").jsonPath("$.amount").isEqualTo("1000.00")
                .jsonPath("$.baseFee").isEqualTo("5.00").jsonPath("$.fee").isEqualTo("5.00").jsonPath("$.otpRequired").isEqualTo(true);

        ArgumentCaptor<QuoteRequest> asked = ArgumentCaptor.forClass(QuoteRequest.class);
        verify(quoteTransfer).quote(asked.capture());
        assertThat(asked.getValue().customerId()).isEqualTo("cus-1");
        assertThat(asked.getValue().channel()).isEqualTo(Channel.NETBANK);
        assertThat(asked.getValue().amount()).isEqualTo(Money.of("1000.00"));
        assertThat(asked.getValue().purpose()).isEqualTo(QuotePurpose.TRANSFER);
    }

    @Test
    void aConfirmationWithTheWrongCodeReadsAsItsProblemAndAGoodOneAnswersTheTransferMasked() {
        when(executeTransfer.execute(eq("cus-1"), eq("q-1"), eq("111111"), anyBoolean()))
                .thenReturn(Mono.just(Outcome.refused(Refusal.OTP_WRONG, Map.of("remainingTries", 2))));
        confirm("q-1", "111111").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/otp-wrong")
                .jsonPath("$.remainingTries").isEqualTo(2);

        when(executeTransfer.execute(eq("cus-1"), eq("q-1"), eq("123456"), anyBoolean()))
                .thenReturn(Mono.just(Outcome.ok(Transfer.confirm("t-1", quote(), NOW))));
        confirm("q-1", "123456").expectStatus().isCreated()
                .expectBody().jsonPath("$.transferId").isEqualTo("t-1").jsonPath("$.status").isEqualTo("PENDING")
                .jsonPath("$.toAccountNumber").isEqualTo("****5678");
        verify(executeTransfer, never()).execute(anyString(), anyString(), anyString(), eq(true));
    }

    @Test
    void aCustomerNeverSeesAnotherCustomersTransfer() {
        when(transfers.byId("t-1")).thenReturn(Mono.just(Transfer.confirm("t-1", quote(), NOW)));

        as("cus-1", "MOBILE").get().uri("/api/v1/transfers/t-1").exchange().expectStatus().isOk();
        as("cus-2", "MOBILE").get().uri("/api/v1/transfers/t-1").exchange().expectStatus().isNotFound();
    }

    @Test
    void badQuotesAndOtherChannelsNeverReachThePricing() {
        for (Map<String, Object> invalid : java.util.List.<Map<String, Object>>of(
                Map.of("fromAccountId", "acc-1", "toAccountNumber", "6217000012345678", "toName", "李四", "amount", 1000),
                Map.of("fromAccountId", "acc-1", "toAccountNumber", "6217000012345678", "toName", "李四", "amount", "0.00"),
                Map.of("fromAccountId", "acc-1", "toAccountNumber", "6217-0000", "toName", "李四", "amount", "10.00"),
                Map.of("fromAccountId", "acc-1", "toAccountNumber", "6217000012345678", "amount", "10.00"))) {
            as("cus-1", "MOBILE").post().uri("/api/v1/transfers/quotes").contentType(MediaType.APPLICATION_JSON).bodyValue(invalid)
                    .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        as("cus-1", "CORPORATE_NETBANK").post().uri("/api/v1/transfers/quotes").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fromAccountId", "acc-1", "toAccountNumber", "6217000012345678", "toName", "李四", "amount", "10.00"))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/channel-not-allowed");
        verify(quoteTransfer, never()).quote(any());
    }

    private WebTestClient.ResponseSpec confirm(String quoteId, String otp) {
        return as("cus-1", "MOBILE").post().uri("/api/v1/transfers").header(IdempotentRequests.HEADER, "k-" + otp)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("quoteId", quoteId, "otp", otp)).exchange();
    }

    private WebTestClient as(String customer, String channel) {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestJwts.customer(customer, channel))).build();
    }

    private static Quote quote() {
        return new Quote("q-1", "cus-1", Channel.MOBILE, "acc-1", null, "6217000012345678", "ICBC", "李四", Money.of("1000.00"),
                "acc-1", TransferKind.INTERBANK, new FeeQuote(Money.of("5.00"), Money.of("5.00"), null, null), QuotePurpose.TRANSFER,
                true, NOW, NOW.plusSeconds(600));
    }
}
