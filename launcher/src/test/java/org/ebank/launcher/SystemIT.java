package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.infra.ResidentIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole system as the local run starts it ({@link RunningSystem}), driven through the gateway as a client would.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static LocalSystem system;
    private static String gateway;
    private static String staffToken;

    @BeforeAll
    static void running() {
        system = RunningSystem.current().system();
        gateway = system.ports().gatewayUrl();
        staffToken = RunningSystem.staffToken();
    }

    @Test
    void theGatewayRoutesToEveryServiceAndRefusesStrangers() throws Exception {
        assertThat(get("/v3/api-docs", null).statusCode()).as("the merged API document").isEqualTo(200);
        assertThat(get("/swagger-ui.html", null).statusCode()).as("Swagger UI on it").isIn(200, 302);
        var anonymous = get("/api/v1/accounts", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var internal = get("/internal/ledger/postings", staffToken);
        assertThat(internal.statusCode()).as("internal paths are not routed").isIn(403, 404);
        assertThat(internal.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void everyEventReachesNotificationServiceExactlyOnceAlsoAcrossAConsumerCrash() throws Exception {
        AtomicInteger registered = new AtomicInteger();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 30; i++) {
                LocalDate born = LocalDate.of(1970, 1, 1).plusDays(i);
                var response = post("/api/v1/ops/customers", staffToken, Map.of("name", "客户" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10),
                        "idNumber", ResidentIds.of(born, i), "phone", "139" + String.format("%08d", i), "birthDate", born.toString()));
                assertThat(response.status()).isEqualTo(201);
                registered.incrementAndGet();
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> registered.get() >= 10);
        system.kill("notification-service");
        await().atMost(Duration.ofSeconds(60)).until(() -> registered.get() >= 20);
        system.startService("notification-service");
        stream.get();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(eventIds("notification", "select event_id from processed_event where consumer = 'recipients'"))
                        .isEqualTo(eventIds("account", "select event_id::text from outbox_event where topic = 'ebank.account.customer.v1'")));
        assertThat(eventIds("notification", "select customer_id from recipient where customer_id not like 'ent\\_%'"
                + " and customer_id not like 'op\\_%' and customer_id not like 'staff:%'"))
                .as("every customer, beside the enterprises and operators corporate-service announced, and the staff")
                .isEqualTo(eventIds("account", "select id from customer"));
    }

    @Test
    void aDemoCustomerSignsInAndPaysWithAnSmsCodeAndHearsAboutItThroughTheGatewayAndTheFeeReconciles() throws Exception {
        BigDecimal feeIncomeBefore = new BigDecimal(await().atMost(Duration.ofSeconds(60)).until(SystemIT::reconciliation,
                r -> r.get("balanced").asBoolean()).get("kpiFeeIncome").asText());
        DemoData.DemoCustomer zhang = DemoData.CUSTOMERS.get(0);
        String token = post("/api/v1/auth/login", null, Map.of("phone", zhang.phone(), "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "MOBILE", "deviceId", DemoData.DEVICE)).body().get("accessToken").asText();
        JsonNode account = json.readTree(get("/api/v1/accounts", token).body()).get("items").get(0);
        assertThat(account.get("product").asText()).isEqualTo("XIANGQING");

        LocalDate born = LocalDate.of(1988, 8, 8);
        String payeeCustomer = post("/api/v1/ops/customers", staffToken, Map.of("name", "收款人", "idNumber", ResidentIds.of(born, 77),
                "phone", "13912345678", "birthDate", born.toString())).body().get("customerId").asText();
        String payeeCard = post("/api/v1/ops/accounts", staffToken, Map.of("customerId", payeeCustomer, "product", "STANDARD",
                "region", "440100", "initialDeposit", "0")).body().get("cardNumber").asText();

        Map<String, Object> quoteBody = Map.of("fromAccountId", account.get("accountId").asText(), "toAccountNumber", payeeCard,
                "toName", "收款人", "amount", "100.00");
        JsonNode quote = await().atMost(Duration.ofSeconds(30)).until(() -> post("/api/v1/transfers/quotes", token, quoteBody),
                reply -> reply.status() == 201).body();
        assertThat(quote.get("kind").asText()).isEqualTo("CROSS_REGION");
        assertThat(quote.get("fee").asText()).isEqualTo("2.00");
        assertThat(quote.get("otpRequired").asBoolean()).as("a payee never paid before").isTrue();

        int seen = RunningSystem.phone().codes(zhang.phone()).size();
        assertThat(post("/api/v1/transfers/quotes/" + quote.get("quoteId").asText() + "/otp", token, Map.of()).status()).isEqualTo(202);
        String code = RunningSystem.phone().codeAfter(zhang.phone(), seen);

        HttpRequest confirm = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/transfers"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "system-it-1")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("quoteId", quote.get("quoteId").asText(),
                        "otp", code)))).build();
        JsonNode transfer = json.readTree(http.send(confirm, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(transfer.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(transfer.get("fee").asText()).isEqualTo("2.00");

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/messages", token).body(),
                body -> body.contains("支出100.00元") && body.contains("转账成功"));
        String posting = "select m.id from message m where m.category = 'TRANSACTION' and m.customer_id = '%s' and m.body like '%%100.00元%%'";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventIds("notification", posting.formatted(payeeCustomer)))
                .as("one 动账 message for the payee too").hasSize(1));
        String payer = json.readTree(get("/api/v1/me", token).body()).get("customerId").asText();
        assertThat(eventIds("notification", posting.formatted(payer))).as("and exactly one for the payer").hasSize(1);
        assertThat(new BigDecimal(json.readTree(get("/api/v1/accounts", token).body()).get("items").get(0).get("balance").asText()))
                .as("100.00 and its 2.00 fee left the account").isEqualTo(new BigDecimal(account.get("balance").asText()).subtract(new BigDecimal("102.00")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> feeIncomeReconcilesToTheFen(feeIncomeBefore.add(new BigDecimal("2.00"))));
        String waive = "/api/v1/ops/fees/" + transfer.get("transferId").asText() + "/waive";
        assertThat(post(waive, staffToken, Map.of("reason", "系统测试退费")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> feeIncomeReconcilesToTheFen(feeIncomeBefore));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyServicesPrometheusOutputPassesPromtoolAndHasWhatEveryDashboardPanelAsksFor() throws Exception {
        Map<String, Integer> services = Map.of("gateway", system.ports().gateway(), "account-service", system.ports().account(),
                "transfer-service", system.ports().transfer(), "wealth-service", system.ports().wealth(),
                "notification-service", system.ports().notification(), "corporate-service", system.ports().corporate(),
                "insight-service", system.ports().insight());
        for (var service : services.entrySet()) {
            String exposition = prometheus(service.getValue());
            Metrics.Lint lint = Metrics.promtool(exposition);
            if (lint == null) {
                System.err.println("SKIPPED: promtool is not installed (Debian package prometheus); " + service.getKey()
                        + "'s metrics were not linted");
            } else {
                assertThat(lint.exitCode()).as(service.getKey() + ": " + lint.output()).isIn(0, 3);
            }
        }
        // "up" is the one series Prometheus writes itself, per scrape target
        Set<String> asked = new java.util.TreeSet<>(Metrics.askedForByDashboards(Path.of("../deploy/grafana/dashboards")));
        asked.remove("up");
        assertThat(asked).as("the dashboards ask for something").contains("ebank_kpi_substitution_rate", "ebank_outbox_backlog");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Set<String> exposed = new java.util.TreeSet<>();
            for (int port : services.values()) {
                exposed.addAll(Metrics.names(prometheus(port)));
            }
            assertThat(exposed).containsAll(asked);
        });
    }

    private static String prometheus(int port) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The fee income the KPIs counted from events equals the ledger's fee-income account, to the fen. */
    private static void feeIncomeReconcilesToTheFen(BigDecimal expected) throws Exception {
        JsonNode reconciliation = reconciliation();
        assertThat(reconciliation.get("balanced").asBoolean()).as(reconciliation.toString()).isTrue();
        assertThat(reconciliation.get("kpiFeeIncome").asText()).isEqualTo(expected.toPlainString());
        assertThat(reconciliation.get("ledgerFeeIncome").asText()).isEqualTo(expected.toPlainString());
    }

    private static JsonNode reconciliation() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        return json.readTree(get("/api/v1/ops/kpis/reconciliation?from=" + today.minusDays(1) + "&to=" + today.plusDays(1), staffToken)
                .body());
    }

    private static Set<String> eventIds(String database, String sql) throws Exception {
        Set<String> ids = new HashSet<>();
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + system.ports().postgres()
                + "/" + database, "postgres", ""); var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                assertThat(ids.add(rows.getString(1))).as("recorded once: " + rows.getString(1)).isTrue();
            }
        }
        return ids;
    }


    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Reply post(String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), json.readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Reply(int status, JsonNode body) {
    }
}
