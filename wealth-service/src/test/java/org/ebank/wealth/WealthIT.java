package org.ebank.wealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
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
        try (var connection = DriverManager.getConnection(accounts.jdbcUrl(namespace), "postgres", "");
             var rows = connection.createStatement().executeQuery(
                     "select count(*), sum(amount) from entry e join posting p on p.id = e.posting_id "
                             + "where e.account_id = 'int-wealth-settlement' and p.kind = 'WEALTH_PURCHASE'")) {
            rows.next();
            assertThat(rows.getLong(1)).as("the ledger moved exactly 100 debits").isEqualTo(100);
            assertThat(rows.getBigDecimal(2)).isEqualByComparingTo("100000.00");
        }
    }

    private void launch(String code, int risk, String min, String quota, List<String> channels, List<String> windows, int termDays,
                        boolean night) {
        web.post().uri("/api/v1/ops/wealth/products").headers(h -> h.setBearerAuth(TestJwts.staff("staff01")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.ofEntries(Map.entry("code", code), Map.entry("name", "产品" + code), Map.entry("riskLevel", risk),
                        Map.entry("minPurchase", min), Map.entry("step", min), Map.entry("totalQuota", quota),
                        Map.entry("channels", channels), Map.entry("salesStart", "2026-11-01T00:00:00+08:00"),
                        Map.entry("salesEnd", "2027-12-31T00:00:00+08:00"), Map.entry("windows", windows),
                        Map.entry("termDays", termDays), Map.entry("nightMarket", night)))
                .exchange().expectStatus().isCreated();
    }

    private void assess(Card card, int level) {
        int answer = level == 1 ? 1 : level == 2 ? 2 : level == 3 ? 3 : level == 4 ? 4 : 5;
        web.post().uri("/api/v1/wealth/risk-assessments").headers(h -> h.setBearerAuth(TestJwts.customer(card.customerId(), "NETBANK")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("answers", Collections.nCopies(10, answer)))
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.level").isEqualTo("C" + level);
    }

    private WebTestClient.ResponseSpec buy(Card card, String channel, String product, String amount, boolean seniorConfirmation) {
        return web.post().uri("/api/v1/wealth/orders").headers(h -> {
                    h.setBearerAuth(TestJwts.customer(card.customerId(), channel));
                    h.add("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("productCode", product, "accountId", card.accountId(), "amount", amount,
                        "seniorConfirmation", seniorConfirmation))
                .exchange();
    }

    private Predicate<String> known() {
        return accountId -> Boolean.TRUE.equals(db.sql("select count(*) from card where account_id = :id").bind("id", accountId)
                .map(row -> row.get(0, Long.class) == 1).one().block());
    }
}
