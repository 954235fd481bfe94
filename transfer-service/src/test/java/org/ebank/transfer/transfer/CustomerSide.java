package org.ebank.transfer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.AccountServiceFixture.Card;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.TestSealing;
import org.ebank.platform.testing.TopicReader;
import org.ebank.transfer.transfer.application.ExecuteTransfer;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.application.QuoteRequest;
import org.ebank.transfer.transfer.application.QuoteTransfer;
import org.ebank.transfer.transfer.domain.Quote;
import org.ebank.transfer.transfer.domain.QuotePurpose;
import org.ebank.transfer.transfer.domain.Transfer;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The customer's side of the transfer API, for the tests: quote, step up with the SMS code, confirm. */
final class CustomerSide {

    private final WebTestClient web;
    private final String bootstrapServers;
    private final Topics topics;
    private final CloudEventCodec codec;
    private final QuoteTransfer quoteTransfer;
    private final ExecuteTransfer executeTransfer;

    CustomerSide(WebTestClient web, String bootstrapServers, Topics topics, CloudEventCodec codec, QuoteTransfer quoteTransfer,
                 ExecuteTransfer executeTransfer) {
        this.web = web;
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.codec = codec;
        this.quoteTransfer = quoteTransfer;
        this.executeTransfer = executeTransfer;
    }

    JsonNode pay(Card from, Card to, String amount, String channel) {
        return confirm(from, quote(from, to, amount, channel, false, null), channel);
    }

    JsonNode confirm(Card from, JsonNode quote, String channel) {
        Map<String, Object> body = new HashMap<>(Map.of("quoteId", quote.get("quoteId").asText()));
        if (quote.get("otpRequired").asBoolean()) {
            requestOtp(from, quote, channel);
            body.put("otp", otpFor(quote.get("quoteId").asText()));
        }
        return post(from, channel, UUID.randomUUID().toString(), body).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** A scheduled transfer's run as the scheduler makes it: priced at run time, reserving its free use, executed at once. */
    Transfer runScheduled(Card from, Card to, String amount) {
        QuoteRequest request = new QuoteRequest(from.customerId(), Channel.MOBILE, from.accountId(), to.accountId(),
                Quote.maskedCard(to.cardNumber()), null, "收款人", new Money(new BigDecimal(amount)), null, QuotePurpose.SCHEDULED_RUN);
        Outcome<Quote> quoted = quoteTransfer.quote(request).block();
        assertThat(quoted).isInstanceOf(Outcome.Ok.class);
        Outcome<Transfer> outcome = executeTransfer.execute(from.customerId(), ((Outcome.Ok<Quote>) quoted).value().id(), null, true).block();
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<Transfer>) outcome).value();
    }

    /** Sets up a scheduled transfer from a quote for it, with the SMS code when the quote asks for one. */
    WebTestClient.ResponseSpec schedule(Card from, JsonNode quote, String otp, Map<String, Object> when) {
        Map<String, Object> body = new HashMap<>(when);
        body.put("quoteId", quote.get("quoteId").asText());
        if (otp != null) {
            body.put("otp", otp);
        }
        return web.post().uri("/api/v1/scheduled-transfers").headers(h -> {
            h.setBearerAuth(token(from, "MOBILE"));
            h.add("Idempotency-Key", UUID.randomUUID().toString());
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec cancel(Card from, String quoteId) {
        return web.delete().uri("/api/v1/transfers/quotes/{id}", quoteId).headers(h -> h.setBearerAuth(token(from, "MOBILE"))).exchange();
    }

    void requestOtp(Card from, JsonNode quote, String channel) {
        web.post().uri("/api/v1/transfers/quotes/{id}/otp", quote.get("quoteId").asText())
                .headers(h -> h.setBearerAuth(token(from, channel))).exchange().expectStatus().isAccepted()
                .expectBody().jsonPath("$.code").doesNotExist();
    }

    String otpFor(String quoteId) {
        var records = TopicReader.read(bootstrapServers, topics.name(TransferTopics.OTP), 1,
                r -> r.value().contains(quoteId), Duration.ofSeconds(30));
        // sealed for notification-service: the test opens it as notification would
        return TestSealing.open(codec.read(records.get(records.size() - 1).value()).data().get("sealedCode").asText());
    }

    JsonNode quote(Card from, Card to, String amount, String channel, boolean scheduled, String feeAccount) {
        return quoteSpec(from, to, amount, channel, scheduled, feeAccount).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    JsonNode interbankQuote(Card from, String amount, String channel) {
        return interbankQuote(from, amount, channel, "他行收款人");
    }

    JsonNode interbankQuote(Card from, String amount, String channel, String toName) {
        return web.post().uri("/api/v1/transfers/quotes").headers(h -> h.setBearerAuth(token(from, channel)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fromAccountId", from.accountId(), "toAccountNumber", "6228480000000000001", "toBankCode", "ABC",
                        "toName", toName, "amount", amount))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec quoteSpec(Card from, Card to, String amount, String channel, boolean scheduled,
                                                 String feeAccount) {
        return web.post().uri("/api/v1/transfers/quotes").headers(h -> h.setBearerAuth(token(from, channel)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body(from, to, amount, scheduled, feeAccount)).exchange();
    }

    static Map<String, Object> body(Card from, Card to, String amount, boolean scheduled, String feeAccount) {
        Map<String, Object> body = new HashMap<>(Map.of("fromAccountId", from.accountId(), "toAccountNumber", to.cardNumber(),
                "toName", "收款人", "amount", amount, "scheduled", scheduled));
        if (feeAccount != null) {
            body.put("feeAccountId", feeAccount);
        }
        return body;
    }

    WebTestClient.ResponseSpec post(Card from, String channel, String key, Map<String, Object> body) {
        return web.post().uri("/api/v1/transfers").headers(h -> {
                    h.setBearerAuth(token(from, channel));
                    if (key != null) {
                        h.add("Idempotency-Key", key);
                    }
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    static String token(Card card, String channel) {
        return TestJwts.token(card.customerId(), List.of("CUSTOMER"), channel, "device-1", Duration.ofHours(2));
    }
}
