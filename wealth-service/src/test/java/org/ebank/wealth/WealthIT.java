package org.ebank.wealth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.testing.AccountServiceFixture;
import org.ebank.platform.testing.AccountServiceFixture.Card;
import org.ebank.platform.testing.MutableClock;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** Purchases against the real ledger (account-service from its jar): windows, suitability, channels and the quota. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WealthIT.Clocks.class)
class WealthIT {

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, WealthIT.class);
        accounts = AccountServiceFixture.start(namespace);
        registry.add("ebank.account.url", accounts::url);
    }

    @AfterAll
    static void stop() {
        accounts.close();
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return MutableClock.at(LocalDateTime.of(2026, 11, 27, 10, 0), PlatformAutoConfiguration.BANK_ZONE);
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    MutableClock clock;
    @Autowired
    DatabaseClient db;
    @LocalServerPort
    int port;
    @Autowired
    org.ebank.platform.kafka.Topics topics;

    @BeforeEach
    void daytime() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        clock.set(LocalDateTime.of(2026, 11, 27, 10, 0));
    }

    @Test
    void aNightMarketPurchaseIsRefusedBeforeFiveWithTheOpeningTimeAndAcceptedUntilNineNextMorning() {
        launch("NIGHT01", 2, "1000.00", "1000000.00", List.of("MOBILE", "NETBANK"), List.of("17:00-09:00"), 30, true);
        Card card = accounts.openCard(known(), "STANDARD", "440100", "10000.00", null);
        assess(card, 3);

        clock.set(LocalDateTime.of(2026, 11, 27, 16, 59));
        buy(card, "MOBILE", "NIGHT01", "1000.00", false).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/not-on-sale")
                .jsonPath("$.nextOpenAt").isEqualTo("2026-11-27T17:00+08:00");
        clock.set(LocalDateTime.of(2026, 11, 27, 17, 0));
        buy(card, "MOBILE", "NIGHT01", "1000.00", false).expectStatus().isCreated();
        clock.set(LocalDateTime.of(2026, 11, 28, 8, 59));
        buy(card, "NETBANK", "NIGHT01", "1000.00", false).expectStatus().isCreated();
        clock.set(LocalDateTime.of(2026, 11, 28, 9, 0));
        buy(card, "MOBILE", "NIGHT01", "1000.00", false).expectStatus().isEqualTo(422);
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("8000.00");
    }

    @Test
    void suitabilityAndChannelsAreEnforcedWithAReason() {
        launch("BOND03", 3, "1000.00", "1000000.00", List.of("NETBANK"), List.of(), 90, false);
        Card card = accounts.openCard(known(), "STANDARD", "440100", "10000.00", null);
        buy(card, "NETBANK", "BOND03", "1000.00", false).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/risk-assessment-required");
        assess(card, 2);
        buy(card, "NETBANK", "BOND03", "1000.00", false).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/risk-too-high");
        assess(card, 3);
        buy(card, "MOBILE", "BOND03", "1000.00", false).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/channel-not-allowed");
        buy(card, "NETBANK", "BOND03", "1500.00", false).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/bad-amount");
        buy(card, "NETBANK", "BOND03", "1000.00", false).expectStatus().isCreated();
        clock.set(LocalDateTime.of(2027, 11, 28, 10, 0));
        buy(card, "NETBANK", "BOND03", "1000.00", false).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/risk-assessment-expired");
    }

    @Test
    void aTellerSellsWhatTheCounterSellsWithTheCustomersChecksOnceAndTheSaleIsACounterOne() {
        launch("CTR02", 2, "1000.00", "1000000.00", List.of("COUNTER", "NETBANK"), List.of(), 30, false);
        launch("APP02", 2, "1000.00", "1000000.00", List.of("MOBILE"), List.of(), 30, false);
        Card card = accounts.openCard(known(), "STANDARD", "440100", "5000.00", null);
        Card someoneElses = accounts.openCard(known(), "STANDARD", "440100", "5000.00", null);
        sell(card.customerId(), card.accountId(), "CTR02", UUID.randomUUID().toString()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/risk-assessment-required");
        assess(card, 2);

        String key = UUID.randomUUID().toString();
        String orderId = sell(card.customerId(), card.accountId(), "CTR02", key).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("orderId").asText();
        sell(card.customerId(), card.accountId(), "CTR02", key).expectStatus().isCreated()
                .expectBody().jsonPath("$.orderId").isEqualTo(orderId);
        assertThat(accounts.balance(card.accountId(), namespace)).as("sold once").isEqualByComparingTo("4000.00");
        var placed = org.ebank.platform.testing.TopicReader.read(namespace.bootstrapServers(),
                topics.name(org.ebank.contracts.wealth.WealthTopics.ORDER), 1, r -> r.value().contains(orderId), Duration.ofSeconds(30));
        assertThat(placed.get(0).value()).as("a counter sale, for the e-channel share of wealth sales").contains("\"channel\":\"COUNTER\"");
        assertThat(orderId).as("an id of the counter system's, never one of a customer's own orders").startsWith("cord_");
        var audited = org.ebank.platform.testing.TopicReader.read(namespace.bootstrapServers(),
                topics.name(org.ebank.contracts.audit.AuditTopics.AUDIT), 1,
                r -> r.value().contains(orderId) && r.value().contains("COUNTER_WEALTH_SALE"), Duration.ofSeconds(30));
        assertThat(audited.get(0).value()).as("who sold it, by which system").contains("\"teller\":\"staff22\"").contains("counter01");
        sell("atm01", card.customerId(), card.accountId(), "CTR02", UUID.randomUUID().toString()).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        sell(card.customerId(), card.accountId(), "APP02", UUID.randomUUID().toString()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/channel-not-allowed");
        sell(card.customerId(), someoneElses.accountId(), "CTR02", UUID.randomUUID().toString()).expectStatus().isNotFound();
        assertThat(accounts.balance(someoneElses.accountId(), namespace)).isEqualByComparingTo("5000.00");
        web.post().uri("/api/v1/channel/wealth-orders").headers(h -> {
                    h.setBearerAuth(TestJwts.customer(card.customerId(), "MOBILE"));
                    h.add("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", card.customerId(), "productCode", "CTR02", "accountId", card.accountId(), "amount", "1000.00"))
                .exchange().expectStatus().isForbidden();
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("4000.00");
    }

    private WebTestClient.ResponseSpec sell(String customerId, String accountId, String product, String key) {
        return sell("counter01", customerId, accountId, product, key);
    }

    private WebTestClient.ResponseSpec sell(String system, String customerId, String accountId, String product, String key) {
        return web.post().uri("/api/v1/channel/wealth-orders").headers(h -> {
                    h.setBearerAuth(TestJwts.token(system, List.of("CHANNEL"), null, null, Duration.ofMinutes(30)));
                    h.add("Idempotency-Key", key);
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", customerId, "tellerCode", "staff22", "productCode", product, "accountId", accountId,
                        "amount", "1000.00"))
                .exchange();
    }

    @Test
    void aSeventyYearOldConfirmsAnR3ProductExplicitly() {
        launch("BAL03", 3, "1000.00", "1000000.00", List.of("MOBILE", "NETBANK"), List.of(), 60, false);
        Card senior = accounts.openCard(known(), java.time.LocalDate.of(1956, 5, 1), "JINHUI", "440100", "5000.00", null);
        assess(senior, 3);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                buy(senior, "MOBILE", "BAL03", "1000.00", false).expectStatus().isEqualTo(422)
                        .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/senior-confirmation-required"));
        buy(senior, "MOBILE", "BAL03", "1000.00", true).expectStatus().isCreated();
        assertThat(accounts.balance(senior.accountId(), namespace)).isEqualByComparingTo("4000.00");
    }

    @Test
    void fiveHundredConcurrentBuyersNeverOversellAQuotaThatFitsAHundred() throws Exception {
        launch("FLASH01", 1, "1000.00", "100000.00", List.of("MOBILE", "NETBANK"), List.of(), 7, false);
        List<Card> buyers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Card card = accounts.openCard(known(), "STANDARD", "440100", "50000.00", null);
            assess(card, 1);
            buyers.add(card);
        }
        WebClient client = WebClient.create("http://127.0.0.1:" + port);
        Map<Integer, Long> statuses = Flux.range(0, 500)
                .flatMap(i -> {
                    Card buyer = buyers.get(i % buyers.size());
                    return client.post().uri("/api/v1/wealth/orders").headers(h -> {
                                h.setBearerAuth(TestJwts.customer(buyer.customerId(), "MOBILE"));
                                h.add("Idempotency-Key", UUID.randomUUID().toString());
                            }).contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("productCode", "FLASH01", "accountId", buyer.accountId(), "amount", "1000.00"))
                            .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
                }, 500)
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()))
                .block(Duration.ofMinutes(3));

        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(201, 100L, 409, 400L));
        web.get().uri("/api/v1/wealth/products").exchange().expectBody()
                .jsonPath("$.items[?(@.code == 'FLASH01')].remainingQuota").isEqualTo("0.00");
        var soldOut = org.ebank.platform.testing.TopicReader.read(namespace.bootstrapServers(),
                topics.name(org.ebank.contracts.wealth.WealthTopics.PRODUCT), 2, r -> r.key().equals("FLASH01"), Duration.ofSeconds(30));
        assertThat(soldOut).extracting(r -> r.value().contains("ProductLaunched") ? "launched" : r.value().contains("ProductSoldOut")
                ? "sold out" : "other").containsExactly("launched", "sold out");
        try (var connection = DriverManager.getConnection(accounts.jdbcUrl(namespace), "postgres", "");
             var rows = connection.createStatement().executeQuery(
                     "select count(*), sum(amount) from entry e join posting p on p.id = e.posting_id "
                             + "where e.account_id = 'int-wealth-settlement' and p.kind = 'WEALTH_PURCHASE' and p.memo like '%FLASH01'")) {
            rows.next();
            assertThat(rows.getLong(1)).as("the ledger moved exactly 100 debits").isEqualTo(100);
            assertThat(rows.getBigDecimal(2)).isEqualByComparingTo("100000.00");
        }
    }

    private void launch(String code, int risk, String min, String quota, List<String> channels, List<String> windows, Integer termDays,
                        boolean night) {
        Map<String, Object> product = new java.util.HashMap<>(Map.of("code", code, "name", "产品" + code, "riskLevel", risk,
                "minPurchase", min, "step", min, "totalQuota", quota, "channels", channels,
                "salesStart", "2026-11-01T00:00:00+08:00", "salesEnd", "2027-12-31T00:00:00+08:00", "windows", windows));
        product.put("nightMarket", night);
        product.put("expectedYield", "0.0365");
        if (termDays != null) {
            product.put("termDays", termDays);
        }
        web.post().uri("/api/v1/ops/wealth/products").headers(h -> h.setBearerAuth(TestJwts.staff("staff01")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(product)
                .exchange().expectStatus().isCreated();
    }

    @Test
    void riRiShengIsRedeemedAtOnceAndAFixedTermHoldingMaturesExactlyOnce() {
        launch("RRS01", 1, "1.00", "1000000.00", List.of("MOBILE", "NETBANK"), List.of(), null, false);
        launch("TERM30", 2, "1000.00", "1000000.00", List.of("MOBILE", "NETBANK"), List.of(), 30, false);
        Card card = accounts.openCard(known(), "STANDARD", "440100", "20000.00", null);
        assess(card, 2);
        buy(card, "MOBILE", "RRS01", "5000.00", false).expectStatus().isCreated();
        buy(card, "MOBILE", "TERM30", "10000.00", false).expectStatus().isCreated();
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("5000.00");

        JsonNode holdings = web.get().uri("/api/v1/wealth/holdings").headers(h -> h.setBearerAuth(TestJwts.customer(card.customerId(), "MOBILE")))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
        String daily = null;
        String term = null;
        for (JsonNode holding : holdings) {
            if (holding.get("productCode").asText().equals("RRS01")) {
                daily = holding.get("holdingId").asText();
            } else {
                term = holding.get("holdingId").asText();
            }
        }
        redeem(card, daily, "2000.00").expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("DONE");
        assertThat(accounts.balance(card.accountId(), namespace)).as("credited at once").isEqualByComparingTo("7000.00");
        redeem(card, daily, "3000.01").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/not-enough-held");
        redeem(card, term, "1000.00").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/fixed-term")
                .jsonPath("$.maturityDate").isEqualTo("2026-12-27");

        clock.set(LocalDateTime.of(2026, 12, 27, 0, 10));
        List<Long> runs = Flux.range(0, 3).flatMap(i -> matureHoldings.matureUpTo(java.time.LocalDate.of(2026, 12, 27))
                .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic())).collectList().block();
        assertThat(runs.stream().mapToLong(Long::longValue).sum()).as("three runs, one payout").isOne();
        assertThat(matureHoldings.matureUpTo(java.time.LocalDate.of(2026, 12, 28)).block()).isZero();
        assertThat(accounts.balance(card.accountId(), namespace)).as("10000.00 + 30 days at 3.65 %")
                .isEqualByComparingTo("17030.00");
    }

    @Test
    void aPurchaseAndARedemptionLeftHalfDoneByACrashAreFinishedOnceByRecovery() {
        launch("RRS02", 1, "1.00", "1000000.00", List.of("MOBILE", "NETBANK"), List.of(), null, false);
        Card card = accounts.openCard(known(), "STANDARD", "440100", "1000.00", null);
        assess(card, 2);
        buy(card, "MOBILE", "RRS02", "100.00", false).expectStatus().isCreated();
        String holding = db.sql("select id from holding where account_id = :account").bind("account", card.accountId())
                .map(row -> row.get("id", String.class)).one().block();
        // a purchase whose quota was taken, and a redemption whose amount was taken off its holding; then the process died
        // before the ledger was asked (or its answer was lost)
        Instant before = clock.instant().minus(Duration.ofMinutes(5));
        db.sql("update product set sold = sold + 50 where code = 'RRS02'").then().block();
        db.sql("""
                insert into wealth_order (id, customer_id, product_code, account_id, amount, channel, status, created_at)
                values ('ord_crashed', :customer, 'RRS02', :account, 50.00, 'MOBILE', 'PENDING', :at)""")
                .bind("customer", card.customerId()).bind("account", card.accountId()).bind("at", before.atOffset(ZoneOffset.UTC))
                .then().block();
        db.sql("update holding set remaining = remaining - 30 where id = :id").bind("id", holding).then().block();
        db.sql("""
                insert into redemption (id, holding_id, amount, channel, status, created_at)
                values ('red_crashed', :holding, 30.00, 'MOBILE', 'PENDING', :at)""")
                .bind("holding", holding).bind("at", before.atOffset(ZoneOffset.UTC)).then().block();

        // the background job may get there first: either way, run recovery twice more and count the money
        for (int i = 0; i < 2; i++) {
            recoverPurchases.recover().block();
            recoverRedemptions.recover().block();
        }

        assertThat(accounts.balance(card.accountId(), namespace)).as("1000 - 100 - 50 + 30, each once").isEqualByComparingTo("880.00");
        assertThat(db.sql("select status from wealth_order where id = 'ord_crashed'").map(row -> row.get(0, String.class)).one()
                .block()).isEqualTo("PLACED");
        assertThat(db.sql("select count(*) from holding where order_id = 'ord_crashed'").map(row -> row.get(0, Long.class)).one()
                .block()).as("one holding for the recovered purchase").isOne();
        assertThat(db.sql("select status from redemption where id = 'red_crashed'").map(row -> row.get(0, String.class)).one()
                .block()).isEqualTo("DONE");
        assertThat(db.sql("select remaining from holding where id = :id").bind("id", holding)
                .map(row -> row.get(0, java.math.BigDecimal.class)).one().block()).isEqualByComparingTo("70.00");
    }

    /**
     * The first try of a purchase took its quota and saved its order, then lost the ledger's answer (an outage: answered
     * 503, its key let go); the app sends the order again with the same key, and recovery runs too: bought once.
     */
    @Test
    void anOrderSentAgainWithItsKeyAfterItsAnswerWasLostIsPlacedOnce() {
        launch("RRS03", 1, "1.00", "1000000.00", List.of("MOBILE", "NETBANK"), List.of(), null, false);
        Card card = accounts.openCard(known(), "STANDARD", "440100", "1000.00", null);
        assess(card, 2);
        String key = UUID.randomUUID().toString();
        String orderId = org.ebank.platform.idempotency.IdempotentRequests.operationId("ord_", card.customerId(), key);
        db.sql("update product set sold = sold + 100 where code = 'RRS03'").then().block();
        db.sql("""
                insert into wealth_order (id, customer_id, product_code, account_id, amount, channel, status, created_at)
                values (:id, :customer, 'RRS03', :account, 100.00, 'MOBILE', 'PENDING', :at)""")
                .bind("id", orderId).bind("customer", card.customerId()).bind("account", card.accountId())
                .bind("at", clock.instant().atOffset(ZoneOffset.UTC)).then().block();

        for (int i = 0; i < 2; i++) {
            buy(card, "MOBILE", "RRS03", "100.00", false, key).expectStatus().isCreated().expectBody()
                    .jsonPath("$.orderId").isEqualTo(orderId).jsonPath("$.status").isEqualTo("PLACED");
        }
        clock.advance(Duration.ofMinutes(5));
        recoverPurchases.recover().block();

        assertThat(accounts.balance(card.accountId(), namespace)).as("paid once").isEqualByComparingTo("900.00");
        assertThat(db.sql("select count(*) from holding where account_id = :account").bind("account", card.accountId())
                .map(row -> row.get(0, Long.class)).one().block()).as("one holding").isOne();
    }

    /** The same for a 日日升 redemption: its first try took the amount off the holding, then lost its answer. */
    @Test
    void aRedemptionSentAgainWithItsKeyAfterItsAnswerWasLostIsDoneOnce() {
        launch("RRS04", 1, "1.00", "1000000.00", List.of("MOBILE", "NETBANK"), List.of(), null, false);
        Card card = accounts.openCard(known(), "STANDARD", "440100", "1000.00", null);
        assess(card, 2);
        buy(card, "MOBILE", "RRS04", "100.00", false).expectStatus().isCreated();
        String holding = db.sql("select id from holding where account_id = :account").bind("account", card.accountId())
                .map(row -> row.get("id", String.class)).one().block();
        String key = UUID.randomUUID().toString();
        String redemptionId = org.ebank.platform.idempotency.IdempotentRequests.operationId("red_", card.customerId(), key);
        db.sql("update holding set remaining = remaining - 30 where id = :id").bind("id", holding).then().block();
        db.sql("""
                insert into redemption (id, holding_id, amount, channel, status, created_at)
                values (:id, :holding, 30.00, 'MOBILE', 'PENDING', :at)""")
                .bind("id", redemptionId).bind("holding", holding).bind("at", clock.instant().atOffset(ZoneOffset.UTC)).then().block();

        for (int i = 0; i < 2; i++) {
            redeem(card, holding, "30.00", key).expectStatus().isCreated().expectBody()
                    .jsonPath("$.redemptionId").isEqualTo(redemptionId).jsonPath("$.status").isEqualTo("DONE");
        }
        clock.advance(Duration.ofMinutes(5));
        recoverRedemptions.recover().block();

        assertThat(accounts.balance(card.accountId(), namespace)).as("1000 - 100 + 30, once").isEqualByComparingTo("930.00");
        assertThat(db.sql("select remaining from holding where id = :id").bind("id", holding)
                .map(row -> row.get(0, java.math.BigDecimal.class)).one().block()).isEqualByComparingTo("70.00");
    }

    @Autowired
    org.ebank.wealth.order.application.RecoverPurchases recoverPurchases;
    @Autowired
    org.ebank.wealth.holding.application.RecoverRedemptions recoverRedemptions;

    private WebTestClient.ResponseSpec redeem(Card card, String holding, String amount) {
        return redeem(card, holding, amount, UUID.randomUUID().toString());
    }

    private WebTestClient.ResponseSpec redeem(Card card, String holding, String amount, String key) {
        return web.post().uri("/api/v1/wealth/redemptions").headers(h -> {
                    h.setBearerAuth(TestJwts.customer(card.customerId(), "MOBILE"));
                    h.add("Idempotency-Key", key);
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("holdingId", holding, "amount", amount)).exchange();
    }

    @Autowired
    org.ebank.wealth.holding.application.MatureHoldings matureHoldings;

    private void assess(Card card, int level) {
        int answer = level == 1 ? 1 : level == 2 ? 2 : level == 3 ? 3 : level == 4 ? 4 : 5;
        web.post().uri("/api/v1/wealth/risk-assessments").headers(h -> h.setBearerAuth(TestJwts.customer(card.customerId(), "NETBANK")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("answers", Collections.nCopies(10, answer)))
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.level").isEqualTo("C" + level);
    }

    private WebTestClient.ResponseSpec buy(Card card, String channel, String product, String amount, boolean seniorConfirmation) {
        return buy(card, channel, product, amount, seniorConfirmation, UUID.randomUUID().toString());
    }

    private WebTestClient.ResponseSpec buy(Card card, String channel, String product, String amount, boolean seniorConfirmation,
                                           String key) {
        return web.post().uri("/api/v1/wealth/orders").headers(h -> {
                    h.setBearerAuth(TestJwts.customer(card.customerId(), channel));
                    h.add("Idempotency-Key", key);
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("productCode", product, "accountId", card.accountId(), "amount", amount,
                        "seniorConfirmation", seniorConfirmation))
                .exchange();
    }

    /** wealth-service has heard of the card and of its holder (whose age suitability needs). */
    private Predicate<String> known() {
        return accountId -> Boolean.TRUE.equals(db.sql("select count(*) from card c join customer u on u.id = c.customer_id "
                        + "where c.account_id = :id").bind("id", accountId)
                .map(row -> row.get(0, Long.class) == 1).one().block());
    }
}
