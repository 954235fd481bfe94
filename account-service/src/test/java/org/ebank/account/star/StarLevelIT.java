package org.ebank.account.star;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ebank.account.customer.domain.ResidentIds;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarLevelIT {

    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, StarLevelIT.class);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    TokenIssuer tokens;
    @Autowired
    Topics topics;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    DatabaseClient db;

    @Test
    void aMerchantCardsStarsFollowItsBalanceUnlessStaffSetThemByHand() {
        String staff = tokens.issue("staff07", List.of("STAFF"), null, null).accessToken();
        String customer = web.post().uri("/api/v1/ops/customers").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "赵商户",
                        "idNumber", ResidentIds.bornOn(LocalDate.of(1980, 2, 2)), "phone", "13600000001", "birthDate", "1980-02-02"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("customerId").asText();
        JsonNode opened = web.post().uri("/api/v1/ops/accounts").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("customerId", customer, "product", "YIHUITONG",
                        "region", "440100", "initialDeposit", "49999.99"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String account = opened.get("accountId").asText();
        assertThat(opened.get("starLevel").asInt()).isZero();

        deposit(account, "0.01");
        awaitLevel(account, 1);
        deposit(account, "150000.00");
        awaitLevel(account, 2);

        setLevel(staff, account, 3, "长期优质商户 long-standing merchant").expectStatus().isOk()
                .expectBody().jsonPath("$.starLevel").isEqualTo(3).jsonPath("$.computedLevel").isEqualTo(2);
        deposit(account, "800000.00");
        // the posting's event is rated before the next one: a computed level of 3 shows it was, and that staff's stands
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> computedLevel(account) == 3);
        assertThat(level(account)).as("staff's level stands while assets move").isEqualTo(3);
        setLevel(staff, account, null, "恢复自动评级 back to the rating").expectStatus().isOk()
                .expectBody().jsonPath("$.starLevel").isEqualTo(3).jsonPath("$.staffLevel").doesNotExist();

        var changes = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.ACCOUNT), 4,
                r -> r.key().equals(account) && r.value().contains(AccountTopics.STAR_LEVEL_CHANGED), Duration.ofSeconds(30));
        assertThat(changes).extracting(r -> {
            JsonNode data = codec.read(r.value()).data();
            return data.get("newLevel").asInt() + " " + data.get("source").asText();
        }).containsExactly("0 COMPUTED", "1 COMPUTED", "2 COMPUTED", "3 STAFF");
        Long audits = db.sql("select count(*) from star_level_audit where account_id = :id and staff_id = 'staff07'")
                .bind("id", account).map(row -> row.get(0, Long.class)).one().block();
        assertThat(audits).isEqualTo(2);
    }

    @Test
    void riRiShengHoldingsCountAsLiquidAssetsOnceHoweverOftenTheEventArrives() throws Exception {
        String staff = tokens.issue("staff07", List.of("STAFF"), null, null).accessToken();
        String customer = web.post().uri("/api/v1/ops/customers").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "钱商户",
                        "idNumber", ResidentIds.bornOn(LocalDate.of(1979, 3, 3)), "phone", "13600000002", "birthDate", "1979-03-03"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("customerId").asText();
        String account = web.post().uri("/api/v1/ops/accounts").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("customerId", customer, "product", "YIHUITONG",
                        "region", "440100", "initialDeposit", "1000.00"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("accountId").asText();

        var order = new org.ebank.contracts.wealth.OrderPlaced("ord-1", customer, account, "RRS001", 1,
                new java.math.BigDecimal("199000.00"), org.ebank.contracts.value.Channel.NETBANK, true, false, "PLACED", null, java.time.Instant.now());
        String json = codec.write(codec.wrap(java.util.UUID.randomUUID(), org.ebank.contracts.wealth.WealthTopics.ORDER_PLACED, customer, order));
        kafka.send(topics.name(org.ebank.contracts.wealth.WealthTopics.ORDER), customer, json).get();
        kafka.send(topics.name(org.ebank.contracts.wealth.WealthTopics.ORDER), customer, json).get();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> level(account) == 2);
        java.math.BigDecimal held = db.sql("select amount from liquid_holding where account_id = :id").bind("id", account)
                .map(row -> row.get(0, java.math.BigDecimal.class)).one().block();
        assertThat(held).as("the redelivered event counted once").isEqualByComparingTo("199000.00");
    }

    @Autowired
    org.springframework.kafka.core.KafkaTemplate<String, String> kafka;

    @Test
    void aLevelNeedsAReasonStaffAndAMerchantCard() {
        String staff = tokens.issue("staff07", List.of("STAFF"), null, null).accessToken();
        String customer = tokens.issue("cus_x", List.of("CUSTOMER"), "NETBANK", null).accessToken();
        setLevel(staff, "acc_none", 1, "no such card").expectStatus().isNotFound();
        web.put().uri("/api/v1/ops/accounts/acc_none/star-level").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("starLevel", 1)).exchange().expectStatus().isBadRequest();
        setLevel(staff, "acc_none", 4, "too many stars").expectStatus().isBadRequest();
        setLevel(customer, "acc_none", 3, "self-service stars").expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec setLevel(String token, String account, Integer level, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("starLevel", level);
        body.put("reason", reason);
        return web.put().uri("/api/v1/ops/accounts/{id}/star-level", account).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void deposit(String account, String amount) {
        String service = tokens.issue("counter", List.of("SERVICE"), null, null).accessToken();
        web.post().uri("/internal/ledger/postings").headers(h -> h.setBearerAuth(service))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("postingId", "dep-" + System.nanoTime(), "channel", "COUNTER", "kind", "CASH_DEPOSIT",
                        "legs", List.of(Map.of("accountId", "int-cash", "direction", "DEBIT", "amount", amount),
                                Map.of("accountId", account, "direction", "CREDIT", "amount", amount))))
                .exchange().expectStatus().isCreated();
    }

    private int level(String account) {
        return db.sql("select coalesce(star_override, star_level) from account where id = :id").bind("id", account)
                .map(row -> row.get(0, Integer.class)).one().block();
    }

    private void awaitLevel(String account, int level) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> level(account) == level);
    }

    private int computedLevel(String account) {
        return db.sql("select coalesce(star_level, -1) from account where id = :id").bind("id", account)
                .map(row -> row.get(0, Integer.class)).one().block();
    }
}
