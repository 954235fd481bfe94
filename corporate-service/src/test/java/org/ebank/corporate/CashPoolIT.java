package org.ebank.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.corporate.CashSwept;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.corporate.pooling.application.SweepCashPools;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.AccountServiceFixture;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * Cash pools (资金归集) against the real ledger: set up by the administrator with their token's code over the
 * enterprise's own accounts; each business day what a member holds above its minimum is swept to the master once — run
 * twice, or by two instances at once, or after a crash between the decision and the posting, it sweeps no more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CashPoolIT {

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, CashPoolIT.class);
        accounts = AccountServiceFixture.start(namespace);
        registry.add("ebank.account.url", accounts::url);
        registry.add("ebank.corporate.sweep-cron", () -> "-");
        registry.add("ebank.corporate.housekeeping-interval", () -> "1h");
        registry.add("ebank.corporate.payroll-interval", () -> "1h");
    }

    @AfterAll
    static void stop() {
        accounts.close();
    }

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    SweepCashPools sweeps;
    @Autowired
    Topics topics;
    @Autowired
    CloudEventCodec codec;

    @Test
    void eachBusinessDayTheBalanceAboveEachMinimumIsSweptToTheMasterOnceHoweverOftenTheDayRuns() {
        Corporates corporates = new Corporates(web.mutate().responseTimeout(Duration.ofSeconds(60)).build());
        Corporates.Enterprise enterprise = corporates.register("广州归集测试有限公司");
        String master = corporates.openAccount(enterprise, "0").get("accountId").asText();
        String rich = corporates.openAccount(enterprise, "10000.00").get("accountId").asText();
        String poor = corporates.openAccount(enterprise, "500.00").get("accountId").asText();
        String spare = corporates.openAccount(enterprise, "0").get("accountId").asText();
        Corporates.Operator admin = corporates.administrator(enterprise);
        Map<String, Object> pool = Map.of("masterAccountId", master, "members", List.of(Map.of("accountId", rich, "keepMinimum", "1000.00"),
                Map.of("accountId", poor, "keepMinimum", "1000.00")));

        corporates.post("/api/v1/corporate/cash-pools", admin.token(), with(pool, "code", "000000")).expectStatus().isEqualTo(422);
        corporates.post("/api/v1/corporate/cash-pools", TestJwts.operator("op_m", enterprise.id(), "MAKER"), with(pool, "code", "123456"))
                .expectStatus().isForbidden();
        corporates.post("/api/v1/corporate/cash-pools", admin.token(), Map.of("masterAccountId", master, "members",
                List.of(Map.of("accountId", master, "keepMinimum", "0")), "code", "123456")).expectStatus().isBadRequest();
        Corporates.Enterprise other = corporates.register("别家归集公司");
        String othersAccount = corporates.openAccount(other, "5000.00").get("accountId").asText();
        corporates.post("/api/v1/corporate/cash-pools", admin.token(), Map.of("masterAccountId", master, "members",
                List.of(Map.of("accountId", othersAccount, "keepMinimum", "0")), "code", "123456")).expectStatus().isNotFound();
        JsonNode created = corporates.post("/api/v1/corporate/cash-pools", admin.token(), with(pool, "code", corporates.nextCode(admin)))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String poolId = created.get("poolId").asText();
        corporates.post("/api/v1/corporate/cash-pools", admin.token(), Map.of("masterAccountId", spare, "members",
                List.of(Map.of("accountId", rich, "keepMinimum", "0")), "code", "123456")).expectStatus().isEqualTo(409);

        LocalDate day = LocalDate.of(2026, 11, 30);
        // two instances at once, then the day again: each member is decided and swept once
        Mono.zip(sweeps.sweep(day), sweeps.sweep(day)).block();
        sweeps.sweep(day).block();
        assertThat(balance(rich)).isEqualByComparingTo("1000.00");
        assertThat(balance(poor)).as("below its minimum: nothing").isEqualByComparingTo("500.00");
        assertThat(balance(master)).isEqualByComparingTo("9000.00");

        // the next day a crash came between the decision (2,000.00 then) and its posting; what came in since is not swept
        accounts.deposit(rich, "2000.00");
        LocalDate next = day.plusDays(1);
        db.sql("insert into cash_sweep (pool_id, business_day, account_id, amount, status, decided_at) values (:pool, :day, :account, 2000.00, 'DECIDED', now())")
                .bind("pool", poolId).bind("day", next).bind("account", rich).then().block();
        accounts.deposit(rich, "300.00");
        sweeps.sweep(next).block();
        assertThat(balance(rich)).as("the decided 2,000.00, not the 2,300.00 above the minimum now").isEqualByComparingTo("1300.00");
        assertThat(balance(master)).isEqualByComparingTo("11000.00");

        JsonNode swept = web.get().uri("/api/v1/corporate/cash-pools/{id}/sweeps", poolId).headers(h -> h.setBearerAuth(admin.token()))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(swept.findValuesAsText("businessDay")).containsExactly("2026-12-01", "2026-12-01", "2026-11-30", "2026-11-30");
        assertThat(swept.findValuesAsText("status")).containsExactlyInAnyOrder("SWEPT", "NOTHING", "SWEPT", "NOTHING");
        assertThat(swept.findValuesAsText("amount")).containsExactlyInAnyOrder("2000.00", "0.00", "9000.00", "0.00");
        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.PAYMENT), 2,
                r -> r.key().equals(poolId), Duration.ofSeconds(30));
        assertThat(events).extracting(r -> codec.data(codec.read(r.value()), CashSwept.class).amount())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("9000.00"), new BigDecimal("2000.00"));
        web.get().uri("/api/v1/corporate/cash-pools/{id}/sweeps", poolId)
                .headers(h -> h.setBearerAuth(TestJwts.operator("op_x", other.id(), "ADMIN"))).exchange().expectStatus().isNotFound();
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private BigDecimal balance(String accountId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> accounts.balance(accountId, namespace), b -> b != null);
    }
}
