package org.ebank.account.card.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Random;
import org.ebank.account.card.application.CardAccount;
import org.ebank.account.card.application.CardAccountRepository;
import org.ebank.account.card.domain.CardNumber;
import org.ebank.account.card.domain.Region;
import org.ebank.account.ledger.application.AccountHistory;
import org.ebank.account.ledger.application.HistoryLine;
import org.ebank.account.ledger.application.HistoryQuery;
import org.ebank.account.web.Cursors;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A customer's own accounts and history, the web layer alone: card numbers masked, amounts as strings, pages that
 * carry on where they stopped, and someone else's account that does not exist.
 */
@WebSlice(MyAccountsController.class)
class MyAccountsControllerTest {

    private static final CardNumber CARD = CardNumber.issue(new Random(7));

    @Autowired
    WebTestClient web;

    @MockitoBean
    CardAccountRepository accounts;

    @MockitoBean
    AccountHistory history;

    @Test
    void aCustomerSeesTheirAccountsWithTheCardNumberMasked() {
        when(accounts.findByCustomer("cus-1")).thenReturn(Flux.just(account("acc-1", "cus-1")));

        customer("cus-1").get().uri("/api/v1/accounts").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].accountId").isEqualTo("acc-1")
                .jsonPath("$.items[0].cardNumber").isEqualTo(CARD.masked())
                .jsonPath("$.items[0].balance").isEqualTo("1300.50")
                .jsonPath("$.items[0].available").isEqualTo("1200.50")
                .jsonPath("$.items[0].productName").isEqualTo(CardProduct.XIANGQING.chineseName())
                .jsonPath("$.nextCursor").doesNotExist();
    }

    @Test
    void aFullPageOfHistoryPointsToTheNextAndAShortOneEnds() {
        when(accounts.findById("acc-1")).thenReturn(Mono.just(account("acc-1", "cus-1")));
        when(history.page(new HistoryQuery("acc-1", null, null, Direction.DEBIT, null, 2)))
                .thenReturn(Flux.just(line(41), line(40)));
        when(history.page(new HistoryQuery("acc-1", null, null, Direction.DEBIT, 40L, 2))).thenReturn(Flux.just(line(12)));

        customer("cus-1").get().uri("/api/v1/accounts/acc-1/transactions?direction=DEBIT&limit=2").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].postingId").isEqualTo("p-41")
                .jsonPath("$.items[0].amount").isEqualTo("10.00")
                .jsonPath("$.items[0].position").doesNotExist()
                .jsonPath("$.nextCursor").isEqualTo(Cursors.of(40));
        customer("cus-1").get().uri("/api/v1/accounts/acc-1/transactions?direction=DEBIT&limit=2&cursor={c}", Cursors.of(40))
                .exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].postingId").isEqualTo("p-12").jsonPath("$.nextCursor").doesNotExist();
    }

    @Test
    void anotherCustomersAccountDoesNotExistAndBadQueriesNeverReachTheLedger() {
        when(accounts.findById("acc-1")).thenReturn(Mono.just(account("acc-1", "cus-1")));
        when(accounts.findById("acc-9")).thenReturn(Mono.empty());

        customer("cus-2").get().uri("/api/v1/accounts/acc-1/transactions").exchange().expectStatus().isNotFound();
        customer("cus-2").get().uri("/api/v1/accounts/acc-9/transactions").exchange().expectStatus().isNotFound();
        customer("cus-1").get().uri("/api/v1/accounts/acc-1/transactions?limit=0").exchange().expectStatus().isBadRequest();
        customer("cus-1").get().uri("/api/v1/accounts/acc-1/transactions?limit=101").exchange().expectStatus().isBadRequest();
        customer("cus-1").get().uri("/api/v1/accounts/acc-1/transactions?direction=SIDEWAYS").exchange()
                .expectStatus().isBadRequest();
        customer("cus-1").get().uri("/api/v1/accounts/acc-1/transactions?from=yesterday").exchange()
                .expectStatus().isBadRequest();
        web.get().uri("/api/v1/accounts").exchange().expectStatus().isUnauthorized();
        verify(history, never()).page(any());
    }

    private WebTestClient customer(String id) {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestJwts.customer(id, "MOBILE"))).build();
    }

    private static CardAccount account(String id, String customerId) {
        return new CardAccount(id, customerId, CARD, CardProduct.XIANGQING, new Region("440100"), null, Money.of("1300.50"),
                Money.of("1200.50"), null, Instant.parse("2026-01-05T02:00:00Z"));
    }

    private static HistoryLine line(long id) {
        return new HistoryLine(id, "p-" + id, Instant.parse("2026-11-29T02:00:00Z"), Direction.DEBIT, Money.of("10.00"),
                Money.of("990.00"), "MOBILE", "TRANSFER", "转账", null);
    }
}
