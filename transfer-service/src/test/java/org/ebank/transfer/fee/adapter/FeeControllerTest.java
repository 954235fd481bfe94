package org.ebank.transfer.fee.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.ebank.contracts.value.CardProduct;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.ebank.transfer.directory.application.CardDirectory;
import org.ebank.transfer.directory.domain.Card;
import org.ebank.transfer.fee.application.FeeBenefits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A card's fee benefits, the web layer alone: its holder sees each waiver with the free uses left, nobody else sees the card. */
@WebSlice(FeeController.class)
class FeeControllerTest {

    private static final Card JINHUI = new Card("acc-1", "cus-1", "5678", CardProduct.JINHUI, "440300", null, 0);

    @Autowired
    WebTestClient web;

    @MockitoBean
    CardDirectory cards;

    @MockitoBean
    FeeBenefits benefits;

    @Test
    void theHolderSeesEachBenefitOfTheirCardWithTheFreeUsesLeftThisPeriod() {
        when(cards.byAccountId("acc-1")).thenReturn(Mono.just(JINHUI));
        when(benefits.of(JINHUI)).thenReturn(Flux.just(
                new FeeBenefits.Benefit("JINHUI_CROSS_REGION_WITHDRAWAL", "MONTH", "2026-11", 4, 3),
                new FeeBenefits.Benefit("MOBILE_INTERBANK_CAMPAIGN", null, null, null, null)));

        benefitsOf("acc-1", TestJwts.customer("cus-1", "MOBILE")).expectStatus().isOk()
                .expectBody().jsonPath("$.accountId").isEqualTo("acc-1").jsonPath("$.product").isEqualTo("JINHUI")
                .jsonPath("$.items[0].rule").isEqualTo("JINHUI_CROSS_REGION_WITHDRAWAL")
                .jsonPath("$.items[0].period").isEqualTo("MONTH").jsonPath("$.items[0].currentPeriod").isEqualTo("2026-11")
                .jsonPath("$.items[0].freeUses").isEqualTo(4).jsonPath("$.items[0].remainingFreeUses").isEqualTo(3)
                .jsonPath("$.items[1].rule").isEqualTo("MOBILE_INTERBANK_CAMPAIGN")
                .jsonPath("$.items[1].remainingFreeUses").doesNotExist();
    }

    @Test
    void anotherCustomersCardOrAnUnknownOneIsNotFoundAndItsBenefitsAreNeverRead() {
        when(cards.byAccountId("acc-1")).thenReturn(Mono.just(JINHUI));
        when(cards.byAccountId("acc-x")).thenReturn(Mono.empty());

        for (String token : List.of(TestJwts.customer("cus-2", "MOBILE"), TestJwts.staff("staff01"))) {
            benefitsOf("acc-1", token).expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/not-found");
        }
        benefitsOf("acc-x", TestJwts.customer("cus-1", "MOBILE")).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/not-found");
        verify(benefits, never()).of(any());
    }

    @Test
    void withoutATokenNoCardIsLookedUp() {
        web.get().uri("/api/v1/accounts/{id}/fee-benefits", "acc-1").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verify(cards, never()).byAccountId(any());
        verify(benefits, never()).of(any());
    }

    private WebTestClient.ResponseSpec benefitsOf(String accountId, String token) {
        return web.get().uri("/api/v1/accounts/{id}/fee-benefits", accountId).headers(h -> h.setBearerAuth(token)).exchange();
    }
}
