package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ETC through the gateway on the running system: a 乡情卡 holder binds her car, the toll operator sends a month of 30
 * passages, the card is short of money and told so, is tried again (after seconds here, a day in a real run) once she pays
 * cash in, and pays the month at 9.5折 to the fen, once though the statement is sent twice; her statement downloads as CSV
 * and PDF, and the KPIs count a netbank transaction. An enterprise binds two fleet vehicles to its settlement account and
 * gets one statement for both.
 */
@ExtendWith(RunningSystem.class)
class EtcTollsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aMonthOfTollsIsTakenWithTheDiscountAfterAnUnderfundedAttemptAndADeposit() throws Exception {
        Api api = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        Payers.Payer payer = Payers.create("1364", 1300, 1, "10.00").get(0);
        Api.Reply opened = api.command("/api/v1/ops/accounts", staff, Map.of("customerId", payer.customerId(), "product", "XIANGQING",
                "region", "440100", "initialDeposit", "50.00"));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String card = opened.body().get("accountId").asText();
        String plate = "粤C" + String.format("%05d", System.nanoTime() % 100_000);
        // payment-service learns of the new card from account-service's events
        Api.Reply bound = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/etc/vehicles", payer.token(),
                Map.of("plate", plate, "accountId", card)), reply -> reply.status() != 404);
        assertThat(bound.status()).as(bound.text()).isEqualTo(201);
        assertThat(bound.body().get("discountRate").asText()).isEqualTo("0.95");
        assertThat(api.get("/api/v1/etc/vehicles", payer.token()).body().findValuesAsText("plate")).containsExactly(plate);
        String today = LocalDate.now(SHANGHAI).toString();
        String kpis = "/api/v1/ops/kpis?granularity=DAY&from=" + today + "&to=" + today;
        long netbankBefore = settled(api, kpis, staff);

        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        List<Map<String, Object>> tolls = new ArrayList<>();
        BigDecimal charged = BigDecimal.ZERO;
        for (int i = 0; i < 30; i++) {
            BigDecimal toll = new BigDecimal("7.35").add(new BigDecimal("1.15").multiply(BigDecimal.valueOf(i)));
            // 5 % off, rounded to the fen half up (a tie is the customer's)
            charged = charged.add(toll.subtract(toll.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP)));
            tolls.add(Map.of("tollId", "G15-" + System.nanoTime() + "-" + i, "plate", plate, "entry", "广州北", "exit", "清远",
                    "exitedAt", month.atDay(1 + i % 28).atTime(7 + i % 12, 40).atZone(SHANGHAI).toOffsetDateTime().toString(),
                    "amount", toll.toPlainString()));
        }
        String operator = api.post("/api/v1/auth/staff-login", null, Map.of("username", "etc-operator", "password", "Etc@2026"))
                .body().get("accessToken").asText();
        Map<String, Object> statement = Map.of("statementId", "GD-" + month + "-" + System.nanoTime(), "month", month.toString(),
                "tolls", tolls);
        Api.Reply received = api.post("/api/v1/partner/etc/statements", operator, statement);
        assertThat(received.status()).as(received.text()).isEqualTo(202);
        JsonNode debit = received.body().get("debits").get(0);
        assertThat(new BigDecimal(debit.get("amount").asText())).as("30 passages at 9.5折, each to the fen").isEqualByComparingTo(charged);
        String statementUri = "/api/v1/etc/statements/" + month + "?accountId=" + card;
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(api.get(statementUri, payer.token()).body()
                .at("/debits/0/lastRefusal").asText()).as("50.00 on the card: short, to be tried again").isEqualTo("INSUFFICIENT_FUNDS"));

        String counter = api.post("/api/v1/auth/staff-login", null, Map.of("username", "counter01", "password", "Counter@2026"))
                .body().get("accessToken").asText();
        // transfer-service, which takes cash, learns of the card from account-service's events too
        await().atMost(Duration.ofSeconds(30)).until(() -> api.command("/api/v1/channel/cash-operations", counter, Map.of("accountId", card,
                "type", "DEPOSIT", "amount", "1000.00", "region", "440100", "channel", "COUNTER")).status() == 201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get(statementUri, payer.token()).body()
                .at("/debits/0/status").asText()).as("tried again, paid").isEqualTo("PAID"));
        Api.Reply again = api.post("/api/v1/partner/etc/statements", operator, statement);
        assertThat(again.status()).as("the same statement again: answered as it stands, nothing taken twice").isEqualTo(200);
        assertThat(again.body().at("/debits/0/status").asText()).isEqualTo("PAID");

        BigDecimal left = new BigDecimal("1050.00").subtract(charged);
        assertThat(api.get("/api/v1/accounts", payer.token()).body().findValues("balance").stream().map(b -> new BigDecimal(b.asText())))
                .as("the month taken once, discounted").contains(left);
        JsonNode month30 = api.get(statementUri, payer.token()).body();
        assertThat(month30.get("passages").asInt()).isEqualTo(30);
        assertThat(new BigDecimal(month30.get("paid").asText())).isEqualByComparingTo(charged);
        Api.Reply csv = api.get(statementUri + "&format=csv", payer.token());
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains(plate).contains(charged.setScale(2).toPlainString());
        Api.Reply pdf = api.get(statementUri + "&format=pdf", payer.token());
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.text()).startsWith("%PDF-1.4");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/v1/messages", payer.token()).text())
                .as("told of the refusal, the payment, and the 动账").contains("ETC通行费扣款未成功").contains("ETC通行费扣款成功")
                .contains(plate).contains("ETC通行费 " + month));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get(kpis, staff).body()
                .at("/total/transactions/byChannel/NETBANK/count").asLong()).as("the ETC debit, of the netbank where the car was bound")
                .isEqualTo(netbankBefore + 1));
    }

    @Test
    void anEnterpriseBindsItsFleetAndGetsOneStatementForAllOfIt() {
        Api api = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        Enterprises.Enterprise enterprise = Enterprises.setUp(api, staff, "广州乡情物流有限公司", Enterprises.newPhone(), List.of("20000.00"));
        String account = enterprise.accounts().get(0);
        String truck1 = "粤A" + String.format("%05d", System.nanoTime() % 100_000);
        String truck2 = "粤AF" + String.format("%05d", (System.nanoTime() / 7) % 100_000).substring(1) + "1";
        for (String plate : List.of(truck1, truck2)) {
            Api.Reply bound = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/corporate/etc/vehicles",
                    enterprise.admin().token(), Map.of("plate", plate, "accountId", account)), reply -> reply.status() != 404);
            assertThat(bound.status()).as(bound.text()).isEqualTo(201);
        }
        assertThat(api.get("/api/v1/corporate/etc/vehicles", enterprise.admin().token()).body().findValuesAsText("plate"))
                .containsExactlyInAnyOrder(truck1, truck2);

        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        String operator = api.post("/api/v1/auth/staff-login", null, Map.of("username", "etc-operator", "password", "Etc@2026"))
                .body().get("accessToken").asText();
        List<Map<String, Object>> tolls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tolls.add(Map.of("tollId", "S15-" + System.nanoTime() + "-" + i, "plate", i % 2 == 0 ? truck1 : truck2, "entry", "广州东",
                    "exit", "深圳北", "exitedAt", month.atDay(10 + i).atTime(14, 0).atZone(SHANGHAI).toOffsetDateTime().toString(),
                    "amount", "95.00"));
        }
        Api.Reply received = api.post("/api/v1/partner/etc/statements", operator, Map.of("statementId", "FLEET-" + System.nanoTime(),
                "month", month.toString(), "tolls", tolls));
        assertThat(received.status()).as(received.text()).isEqualTo(202);
        assertThat(received.body().get("debits")).as("one debit for the fleet's account").hasSize(1);
        assertThat(received.body().at("/debits/0/vehicles").asInt()).isEqualTo(2);
        assertThat(received.body().at("/debits/0/amount").asText()).as("a settlement account pays the toll").isEqualTo("570.00");
        String uri = "/api/v1/corporate/etc/statements/" + month + "?accountId=" + account;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get(uri, enterprise.admin().token()).body()
                .at("/debits/0/status").asText()).isEqualTo("PAID"));
        JsonNode statement = api.get(uri, enterprise.admin().token()).body();
        assertThat(statement.get("passages").asInt()).isEqualTo(6);
        assertThat(statement.get("lines").findValuesAsText("plate")).contains(truck1, truck2);
    }

    /** The day's netbank transaction count once it no longer moves (earlier work of the test still being counted). */
    private static long settled(Api api, String kpis, String staff) {
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            long now = api.get(kpis, staff).body().at("/total/transactions/byChannel/NETBANK/count").asLong(0);
            boolean settled = now == last[0];
            last[0] = now;
            return settled;
        });
        return last[0];
    }
}
