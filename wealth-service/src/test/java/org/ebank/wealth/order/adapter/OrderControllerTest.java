package org.ebank.wealth.order.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.testing.RequestsRun;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.ebank.wealth.kernel.domain.Outcome;
import org.ebank.wealth.kernel.domain.Refusal;
import org.ebank.wealth.order.application.PlaceOrder;
import org.ebank.wealth.order.domain.Order;
import org.ebank.wealth.order.domain.OrderRequest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** The purchase endpoint alone: what a customer's order becomes, and how each refusal reads as problem+json. */
@WebSlice(OrderController.class)
@Import(RequestsRun.class)
class OrderControllerTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ObjectMapper json;

    @MockitoBean
    PlaceOrder placeOrder;

    /** Idempotency has its own integration test; here a request simply runs. */

    @Test
    void anOrderIsPlacedForTheSignedInCustomerThroughTheirChannelAndAnswersItsAmountAsAString() {
        when(placeOrder.place(any(), any())).thenReturn(Mono.just(Outcome.ok(new Order("ord_1", "RRS001", "acc-1", "1000.00", "PLACED"))));

        order(Map.of("productCode", "RRS001", "accountId", "acc-1", "amount", "1000")).expectStatus().isCreated()
                .expectBody().jsonPath("$.orderId").isEqualTo("ord_1").jsonPath("$.amount").isEqualTo("1000.00");

        ArgumentCaptor<OrderRequest> asked = ArgumentCaptor.forClass(OrderRequest.class);
        verify(placeOrder).place(asked.capture(), any());
        assertThat(asked.getValue()).isEqualTo(new OrderRequest("cus-1", Channel.NETBANK, "RRS001", "acc-1", Money.of("1000.00"), false));
    }

    @Test
    void eachRefusalReadsAsItsProblemWithWhatTheCustomerMayBeTold() {
        when(placeOrder.place(any(), any())).thenReturn(Mono.just(Outcome.refused(Refusal.of(Refusal.Reason.NOT_ON_SALE,
                Map.of("nextOpenAt", "2026-11-30T17:00+08:00")))));
        order(Map.of("productCode", "NIGHT01", "accountId", "acc-1", "amount", "1000.00")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/not-on-sale")
                .jsonPath("$.nextOpenAt").isEqualTo("2026-11-30T17:00+08:00");

        when(placeOrder.place(any(), any())).thenReturn(Mono.just(Outcome.refused(Refusal.Reason.SOLD_OUT)));
        order(Map.of("productCode", "FLASH01", "accountId", "acc-1", "amount", "1000.00")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/sold-out");

        when(placeOrder.place(any(), any())).thenReturn(Mono.just(Outcome.refused(Refusal.Reason.UNKNOWN_PRODUCT)));
        order(Map.of("productCode", "NONE", "accountId", "acc-1", "amount", "1000.00")).expectStatus().isNotFound();
    }

    @Test
    void badAmountsAndMissingFieldsNeverReachThePurchase() {
        order(Map.of("productCode", "RRS001", "accountId", "acc-1", "amount", 1000.00)).expectStatus().isBadRequest();
        order(Map.of("productCode", "RRS001", "accountId", "acc-1", "amount", "1000.001")).expectStatus().isBadRequest();
        order(Map.of("productCode", "RRS001", "accountId", "acc-1", "amount", "-5.00")).expectStatus().isBadRequest();
        order(Map.of("productCode", "RRS001", "amount", "1000.00")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verify(placeOrder, never()).place(any(), any());
    }

    @Test
    void onlyCustomersSignedInThroughAnEChannelBuy() {
        web.post().uri("/api/v1/wealth/orders").header(IdempotentRequests.HEADER, "k-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("productCode", "RRS001", "accountId", "acc-1", "amount", "1000.00"))
                .exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/v1/wealth/orders").headers(h -> h.setBearerAuth(TestJwts.staff("staff-1")))
                .header(IdempotentRequests.HEADER, "k-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("productCode", "RRS001", "accountId", "acc-1", "amount", "1000.00"))
                .exchange().expectStatus().isForbidden();
        verify(placeOrder, never()).place(any(), any());
    }

    private WebTestClient.ResponseSpec order(Map<String, Object> body) {
        return web.post().uri("/api/v1/wealth/orders").headers(h -> h.setBearerAuth(TestJwts.customer("cus-1", "NETBANK")))
                .header(IdempotentRequests.HEADER, "k-1").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
