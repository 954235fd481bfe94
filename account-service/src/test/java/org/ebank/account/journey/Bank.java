package org.ebank.account.journey;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.account.customer.domain.ResidentIds;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.TestSealing;
import org.ebank.platform.testing.TopicReader;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The steps every journey test takes through the API: staff register people and open cards, people enrol (with the code
 * their phone receives) and sign in.
 */
final class Bank {

    private static final AtomicInteger people = new AtomicInteger();

    private final WebTestClient web;
    private final TokenIssuer tokens;
    private final String bootstrapServers;
    private final Topics topics;
    private final CloudEventCodec codec;
    private final String staff;

    Bank(WebTestClient web, TokenIssuer tokens, String bootstrapServers, Topics topics, CloudEventCodec codec) {
        this.web = web;
        this.tokens = tokens;
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.codec = codec;
        this.staff = tokens.issue("staff01", List.of("STAFF"), null, null).accessToken();
    }

    Person person() {
        return person("137" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000));
    }

    Person person(String phone) {
        int n = people.incrementAndGet();
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n * 97L);
        String customerId = web.post().uri("/api/v1/ops/customers").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "客户" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10), "idNumber", ResidentIds.bornOn(born), "phone", phone,
                        "birthDate", born.toString()))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("customerId").asText();
        return new Person(customerId, phone);
    }

    String openCard(Person person, String product, String deposit) {
        return open(person.customerId, product, "440100", null, deposit).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("cardNumber").asText();
    }

    String accountIdOf(Person person, String card) {
        String token = tokens.issue(person.customerId, List.of("CUSTOMER"), "NETBANK", null).accessToken();
        JsonNode items = web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(token)).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
        for (JsonNode item : items) {
            if (item.get("cardNumber").asText().endsWith(card.substring(15))) {
                return item.get("accountId").asText();
            }
        }
        throw new AssertionError("no account for card");
    }

    WebTestClient.ResponseSpec open(String customerId, String product, String region, String family, String deposit) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("customerId", customerId, "product", product,
                "region", region, "initialDeposit", deposit));
        if (family != null) {
            body.put("familyAccountId", family);
        }
        return web.post().uri("/api/v1/ops/accounts").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Both steps of an enrolment, with the code the phone received; the answer of the second. */
    WebTestClient.ResponseSpec enrol(Person person, String card, String channel, String password, String device,
                                     String referrer) {
        String enrolment = start(person, card, channel, device, referrer).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("enrolmentId").asText();
        return confirm(enrolment, codeFor(enrolment), password);
    }

    WebTestClient.ResponseSpec start(Person person, String card, String channel, String device, String referrer) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("cardNumber", card, "phone", person.phone, "channel", channel));
        if (device != null) {
            body.put("deviceId", device);
        }
        if (referrer != null) {
            body.put("referrerCode", referrer);
        }
        return web.post().uri("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec confirm(String enrolmentId, String code, String password) {
        return web.post().uri("/api/v1/enrolments/{id}/confirmation", enrolmentId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "password", password)).exchange();
    }

    WebTestClient.ResponseSpec answerDeviceChallenge(String challengeId, String code) {
        return web.post().uri("/api/v1/auth/device-challenges/{id}", challengeId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code)).exchange();
    }

    /** The code sent for a challenge: sealed for notification-service on the way, opened here as notification would. */
    String codeFor(String challengeId) {
        var records = TopicReader.read(bootstrapServers, topics.name(AccountTopics.CUSTOMER), 1,
                r -> r.value().contains(challengeId) && r.value().contains(AccountTopics.SECURITY_CODE_REQUESTED), Duration.ofSeconds(30));
        return TestSealing.open(codec.read(records.get(0).value()).data().get("sealedCode").asText());
    }

    /** A code that is not the one sent. */
    static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    WebTestClient.ResponseSpec login(String phone, String password, String channel, String device) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("phone", phone, "password", password, "channel", channel));
        if (device != null) {
            body.put("deviceId", device);
        }
        return web.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    record Person(String customerId, String phone) {
    }
}
