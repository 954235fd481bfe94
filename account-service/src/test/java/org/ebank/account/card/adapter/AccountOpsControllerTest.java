package org.ebank.account.card.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.ebank.account.card.application.CardAccount;
import org.ebank.account.card.application.OpenAccount;
import org.ebank.account.card.application.OpenAccountCommand;
import org.ebank.account.card.application.OpeningOutcome;
import org.ebank.account.card.domain.CardNumber;
import org.ebank.account.card.domain.Region;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.testing.RequestsRun;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Staff opening card accounts, the web layer alone: what the opening becomes, and what never reaches it. */
@WebSlice(AccountOpsController.class)
@Import(RequestsRun.class)
class AccountOpsControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    OpenAccount openAccount;

    @Test
    void anAccountIsOpenedWithItsDepositAndAnswersItsCardNumberToStaff() {
        CardNumber card = CardNumber.issue(new Random(5));
        when(openAccount.open(any())).thenReturn(Mono.just(new OpeningOutcome.Opened(new CardAccount("acc-1", "cus-1", card,
                CardProduct.XIANGQING, new Region("440100"), null, Money.of("100.00"), Money.of("100.00"), null,
                Instant.parse("2026-11-30T02:00:00Z")))));

        open(Map.of("customerId", "cus-1", "product", "XIANGQING", "region", "440100", "initialDeposit", "100"))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.cardNumber").isEqualTo(card.value()).jsonPath("$.balance").isEqualTo("100.00");

        ArgumentCaptor<OpenAccountCommand> asked = ArgumentCaptor.forClass(OpenAccountCommand.class);
        verify(openAccount).open(asked.capture());
        assertThat(asked.getValue().initialDeposit()).isEqualTo(Money.of("100.00"));
        assertThat(asked.getValue().product()).isEqualTo(CardProduct.XIANGQING);
    }

    @Test
    void anUnknownCustomerIsA422NamingThem() {
        when(openAccount.open(any())).thenReturn(Mono.just(new OpeningOutcome.UnknownCustomer("cus-x")));

        open(Map.of("customerId", "cus-x", "product", "STANDARD", "region", "440100")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/unknown-customer")
                .jsonPath("$.customerId").isEqualTo("cus-x");
    }

    @Test
    void whatNoCardCanBeNeverReachesTheOpening() {
        open(Map.of("customerId", "cus-1", "product", "STANDARD", "region", "44010")).expectStatus().isBadRequest();
        open(Map.of("customerId", "cus-1", "product", "PLATINUM", "region", "440100")).expectStatus().isBadRequest();
        // an enterprise's settlement account is opened through corporate-service, never as a person's card
        open(Map.of("customerId", "cus-1", "product", "CORPORATE", "region", "440100")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("product");
        open(Map.of("customerId", "cus-1", "product", "STANDARD", "region", "440100", "familyAccountId", "acc-9"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("familyAccountId");
        open(Map.of("customerId", "cus-1", "product", "STANDARD", "region", "440100", "initialDeposit", "-1.00"))
                .expectStatus().isBadRequest();
        open(Map.of("customerId", "cus-1", "product", "STANDARD", "region", "440100", "initialDeposit", "1.001"))
                .expectStatus().isBadRequest();
        web.post().uri("/api/v1/ops/accounts").headers(h -> h.setBearerAuth(TestJwts.customer("cus-1", "MOBILE")))
                .header(IdempotentRequests.HEADER, "k-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", "cus-1", "product", "STANDARD", "region", "440100")).exchange()
                .expectStatus().isForbidden();
        verify(openAccount, never()).open(any());
    }

    private WebTestClient.ResponseSpec open(Map<String, Object> body) {
        return web.post().uri("/api/v1/ops/accounts").headers(h -> h.setBearerAuth(TestJwts.staff("staff01")))
                .header(IdempotentRequests.HEADER, "k-1").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
