package org.ebank.account.ledger.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ebank.account.ledger.application.LedgerRepository;
import org.ebank.account.ledger.application.PostingBatcher;
import org.ebank.account.ledger.application.PostingOutcome;
import org.ebank.account.ledger.application.RecordedPosting;
import org.ebank.account.ledger.application.ReversePosting;
import org.ebank.account.ledger.domain.Entry;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.account.ledger.domain.PostingDecision;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.ledger.PostingResponse;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * The ledger's side of its contract, the web layer alone: what a posting request becomes, which answers are 201, 200 and
 * the 422 refusals the client reads, and what never reaches the ledger.
 */
@WebSlice(LedgerController.class)
class LedgerControllerTest {

    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    @Autowired
    WebTestClient web;

    @MockitoBean
    PostingBatcher postings;

    @MockitoBean
    ReversePosting reversals;

    @MockitoBean
    LedgerRepository ledger;

    @Test
    void aPostingRequestIsRecordedAsTheDomainPostingAndAnsweredWithItsEntries() {
        when(postings.submit(any())).thenReturn(Mono.just(new PostingOutcome.Decided(recorded("t-1"), false)));

        PostingResponse answer = post(transfer("t-1", "10.00", "10.00")).expectStatus().isCreated()
                .expectBody(PostingResponse.class).returnResult().getResponseBody();

        ArgumentCaptor<Posting> asked = ArgumentCaptor.forClass(Posting.class);
        verify(postings).submit(asked.capture());
        assertThat(asked.getValue().id()).isEqualTo("t-1");
        assertThat(asked.getValue().channel()).isEqualTo(Channel.MOBILE);
        assertThat(asked.getValue().legs()).extracting(leg -> leg.accountId() + " " + leg.direction() + " " + leg.amount())
                .containsExactly("acc-a DEBIT 10.00", "acc-b CREDIT 10.00");
        assertThat(answer.status()).isEqualTo(PostingResponse.Status.RECORDED);
        assertThat(answer.entries()).extracting(PostingResponse.Entry::balanceAfter).containsExactly("90.00", null);
    }

    @Test
    void theSamePostingAgainIs200AndARefusalIsA422NamingTheAccount() {
        when(postings.submit(any())).thenReturn(Mono.just(new PostingOutcome.Decided(recorded("t-2"), true)));
        post(transfer("t-2", "10.00", "10.00")).expectStatus().isOk();

        RecordedPosting refused = new RecordedPosting("t-3", "f", RecordedPosting.Status.REFUSED, "MOBILE", "TRANSFER", null,
                List.of(), PostingDecision.Refusal.INSUFFICIENT_FUNDS, "acc-a", AT);
        when(postings.submit(any())).thenReturn(Mono.just(new PostingOutcome.Decided(refused, false)));
        post(transfer("t-3", "10.00", "10.00")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/insufficient-funds")
                .jsonPath("$.accountId").isEqualTo("acc-a");

        when(postings.submit(any())).thenReturn(Mono.just(new PostingOutcome.IdConflict("t-4")));
        post(transfer("t-4", "10.00", "10.00")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/posting-id-reused");
    }

    @Test
    void aPostingTheDomainRefusesIsA400AndNeverReachesTheLedger() {
        for (Object invalid : List.of(
                transfer("x-1", "10.00", "9.99"),
                transfer("x-2", "10.001", "10.001"),
                transfer("x-3", "-1.00", "-1.00"),
                transfer("x-4", "1e3", "1e3"),
                new PostingRequest("x-5", Channel.MOBILE, "TRANSFER", null, List.of(Leg.debit("acc-a", Money.of("1.00")))),
                new PostingRequest("", Channel.MOBILE, "TRANSFER", null, legs("1.00", "1.00")),
                new PostingRequest("x-6", null, "TRANSFER", null, legs("1.00", "1.00")),
                new PostingRequest("x-7", Channel.MOBILE, "K".repeat(41), null, legs("1.00", "1.00")),
                Map.of("postingId", "x-8", "channel", "TELEPATHY", "kind", "TRANSFER", "legs", List.of()),
                Map.of("postingId", "x-9", "channel", "MOBILE", "kind", "TRANSFER",
                        "legs", List.of(Map.of("accountId", "acc-a", "direction", "DEBIT", "amount", 10.00))))) {
            post(invalid).expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        verify(postings, never()).submit(any());
    }

    @Test
    void onlyServicesPost() {
        web.post().uri(LedgerApi.POSTINGS).contentType(MediaType.APPLICATION_JSON).bodyValue(transfer("s-1", "1.00", "1.00"))
                .exchange().expectStatus().isUnauthorized();
        web.post().uri(LedgerApi.POSTINGS).headers(h -> h.setBearerAuth(TestJwts.customer("c-1", "MOBILE")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(transfer("s-1", "1.00", "1.00"))
                .exchange().expectStatus().isForbidden();
        verify(postings, never()).submit(any());
    }

    private WebTestClient.ResponseSpec post(Object body) {
        return web.post().uri(LedgerApi.POSTINGS)
                .headers(h -> h.setBearerAuth(TestJwts.token("transfer-service", List.of("SERVICE"), null, null,
                        java.time.Duration.ofMinutes(5))))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static PostingRequest transfer(String id, String debit, String credit) {
        return new PostingRequest(id, Channel.MOBILE, "TRANSFER", "转账", legs(debit, credit));
    }

    private static List<Leg> legs(String debit, String credit) {
        return List.of(new Leg("acc-a", Direction.DEBIT, debit, "转账给 李四 尾号5678"), new Leg("acc-b", Direction.CREDIT, credit, null));
    }

    private static RecordedPosting recorded(String id) {
        return new RecordedPosting(id, "f", RecordedPosting.Status.RECORDED, "MOBILE", "TRANSFER", "转账",
                List.of(new Entry("acc-a", Direction.DEBIT, Money.of("10.00"), Money.of("90.00"), null),
                        new Entry("int-fee-income", Direction.CREDIT, Money.of("10.00"), null, null)),
                null, null, AT);
    }
}
