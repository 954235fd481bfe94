package org.ebank.account.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ebank.account.customer.domain.ResidentIds;
import org.ebank.account.fees.application.ChargePeriodicFees;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.testing.MutableClock;
import org.ebank.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PeriodicFeesIT.Clocks.class)
class PeriodicFeesIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, PeriodicFeesIT.class);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return MutableClock.at(LocalDateTime.of(2026, 7, 1, 9, 0), PlatformAutoConfiguration.BANK_ZONE);
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    TokenIssuer tokens;
    @Autowired
    MutableClock clock;
    @Autowired
    DatabaseClient db;
    @Autowired
    ChargePeriodicFees chargePeriodicFees;

    private int people;

    @Test
    void feesFollowTheCardAndTheQuarterlyAverageAndAreChargedOncePerPeriod() {
        clock.set(LocalDateTime.of(2026, 7, 1, 9, 0));
        BigDecimal feeIncomeBefore = feeIncome();
        String standardLow = open("STANDARD", "200.00");
        String standardRich = open("STANDARD", "5000.00");
        String jinhui = open("JINHUI", "100.00");
        String xiangqing = open("XIANGQING", "100.00");
        String merchant = open("YIHUITONG", "100.00");
        String broke = open("STANDARD", "0");

        clock.set(LocalDateTime.of(2026, 10, 8, 23, 30));
        runBatch("2026-10-08").expectStatus().isOk()
                .expectBody().jsonPath("$[0].period").isEqualTo("2026").jsonPath("$[1].period").isEqualTo("2026-Q3");

        assertThat(balance(standardLow)).as("annual 10.00 + small-account 3.00").isEqualByComparingTo("187.00");
        assertThat(balance(standardRich)).as("annual only: average 5000 ≥ 300").isEqualByComparingTo("4990.00");
        assertThat(balance(jinhui)).as("金晖卡 pays no account fees").isEqualByComparingTo("100.00");
        assertThat(balance(xiangqing)).as("乡情卡 pays no account fees").isEqualByComparingTo("100.00");
        assertThat(balance(merchant)).isEqualByComparingTo("87.00");
        assertThat(balance(broke)).isEqualByComparingTo("0.00");

        runBatch("2026-10-08").expectStatus().isOk();
        clock.set(LocalDateTime.of(2026, 12, 31, 23, 30));
        runBatch("2026-12-31").expectStatus().isOk();
        assertThat(balance(standardLow)).as("a second and a third run charge nothing more").isEqualByComparingTo("187.00");
        assertThat(feeIncome().subtract(feeIncomeBefore)).as("10+3, 10, 10+3: to the fee-income account")
                .isEqualByComparingTo("36.00");
    }

    @Test
    void aPeriodWithNoAccountDueIsRunToTheEndAndRecordedAsDone() {
        clock.set(LocalDateTime.of(2020, 12, 31, 23, 30));
        runBatch("2020-12-31").expectStatus().isOk().expectBody()
                .jsonPath("$[0].period").isEqualTo("2020").jsonPath("$[0].done").isEqualTo(true)
                .jsonPath("$[0].charged").isEqualTo(0).jsonPath("$[0].lastAccountId").doesNotExist();
    }

    @Test
    void aBatchThatDiesHalfwayChargesEachAccountExactlyOnceWhenRunAgain() {
        clock.set(LocalDateTime.of(2027, 3, 1, 10, 0));
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            accounts.add(open("STANDARD", "1000.00"));
        }
        String victim = accounts.stream().sorted().toList().get(6);
        db.sql("""
                create or replace function simulated_crash() returns trigger language plpgsql as $$
                begin
                  if new.account_id = '%s' and new.posting_id like 'fee:%%' then raise exception 'simulated crash'; end if;
                  return new;
                end $$""".formatted(victim)).then().block();
        db.sql("create trigger simulated_crash before insert on entry for each row execute function simulated_crash()")
                .then().block();

        clock.set(LocalDateTime.of(2027, 3, 31, 23, 30));
        assertThatThrownBy(() -> chargePeriodicFees.run(LocalDate.of(2027, 3, 31)).block()).hasMessageContaining("simulated crash");
        assertThat(count("select count(*) from posting where id like 'fee:ANNUAL_FEE:2027:%'")).as("the batch got partway")
                .isPositive();
        assertThat(count("select count(*) from posting where id = 'fee:ANNUAL_FEE:2027:" + victim + "'")).isZero();

        db.sql("drop trigger simulated_crash on entry").then().block();
        chargePeriodicFees.run(LocalDate.of(2027, 3, 31)).block();

        for (String account : accounts) {
            assertThat(count("select count(*) from posting where id = 'fee:ANNUAL_FEE:2027:" + account + "'")).isOne();
            assertThat(balance(account)).isEqualByComparingTo("990.00");
        }
        assertThat(count("""
                select count(*) from outbox_event where topic = 'ebank.audit.action.v1'
                  and payload::jsonb -> 'data' ->> 'action' = 'PERIODIC_FEES_RUN' and payload::jsonb -> 'data' ->> 'subject' = '2027-03-31'
                  and payload::jsonb -> 'data' ->> 'actor' = 'system' and payload::jsonb -> 'data' ->> 'role' = 'SYSTEM'"""))
                .as("the run that finished is in the audit trail, done by the system").isOne();
    }

    private WebTestClient.ResponseSpec runBatch(String day) {
        String staff = tokens.issue("ops01", List.of("STAFF"), null, null).accessToken();
        return web.post().uri("/api/v1/ops/batches/periodic-fees?businessDay=" + day).headers(h -> h.setBearerAuth(staff)).exchange();
    }

    private String open(String product, String deposit) {
        String staff = tokens.issue("staff01", List.of("STAFF"), null, null).accessToken();
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(++people * 31L);
        String customer = web.post().uri("/api/v1/ops/customers").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "客户", "idNumber", ResidentIds.bornOn(born),
                        "phone", "13500000000", "birthDate", born.toString()))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("customerId").asText();
        return web.post().uri("/api/v1/ops/accounts").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("customerId", customer, "product", product,
                        "region", "440100", "initialDeposit", deposit))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("accountId").asText();
    }

    private BigDecimal balance(String account) {
        return db.sql("select balance from account where id = :id").bind("id", account)
                .map(row -> row.get("balance", BigDecimal.class)).one().block();
    }

    private BigDecimal feeIncome() {
        return db.sql("select coalesce(sum(amount), 0) from entry where account_id = 'int-fee-income' and direction = 'CREDIT'")
                .map(row -> row.get(0, BigDecimal.class)).one().block();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }
}
