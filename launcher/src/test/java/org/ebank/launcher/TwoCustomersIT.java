package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer B holding customer A's ids: for every endpoint that takes an id — in its path or its body, as the services'
 * OpenAPI documents say — B gets 404 (403 on staff and channel-system paths), as problem+json, and nothing of A's changes.
 * A new id-taking endpoint makes this fail until it has its case here.
 */
@ExtendWith(RunningSystem.class)
class TwoCustomersIT {

    private static final Set<String> NOT_RESOURCE_IDS = Set.of("deviceId");
    /** Open to anyone: the SMS code sent to the phone on record, not a token, says who may use these (FraudAndRetryIT). */
    private static final Set<String> PROVEN_BY_CODE = Set.of("POST /api/v1/enrolments/{enrolmentId}/confirmation",
            "POST /api/v1/auth/device-challenges/{challengeId}");
    /**
     * A biller's bill, looked up by the number printed on it as every biller's own app allows: no customer's resource (the
     * holder's name comes masked), the same answer for anyone.
     */
    private static final Set<String> BILLERS_OWN = Set.of("GET /api/v1/billers/{billerCode}/bills/{customerNumber}");
    private static Api api;
    private static String staff;

    @BeforeAll
    static void running() {
        api = RunningSystem.api();
        staff = RunningSystem.staffToken();
    }

    @Test
    void customerBGetsNotFoundForEveryIdOfCustomerAAndNothingOfAChanges() {
        String a = login(DemoData.CUSTOMERS.get(2));   // 王金晖
        String b = login(DemoData.CUSTOMERS.get(3));   // 赵易汇
        Ids ids = Ids.of(a, b);
        assertThat(api.post("/api/v1/wealth/risk-assessments", b, Map.of("answers", List.of(5, 5, 5, 5, 5, 5, 5, 5, 5, 5))).status())
                .as("B may buy anything, so only ownership can stop B").isEqualTo(201);

        Map<String, Attempt> attempts = attempts(ids);
        assertThat(attempts.keySet()).as("every id-taking endpoint of the API has a case here")
                .containsExactlyInAnyOrderElementsOf(idTakingEndpoints());

        String before = snapshot(a);
        attempts.forEach((endpoint, attempt) -> {
            Api.Reply reply = api.send(attempt.method(), attempt.path(), b, attempt.body(),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            // staff's, channel systems' and corporate operators' paths refuse a person's token outright
            boolean systemPath = attempt.path().startsWith("/api/v1/ops/") || attempt.path().startsWith("/api/v1/channel/")
                    || attempt.path().startsWith("/api/v1/corporate/") || attempt.path().startsWith("/api/v1/partner/");
            assertThat(reply.status()).as(endpoint + " " + reply.text()).isEqualTo(systemPath ? 403 : 404);
            assertThat(reply.isProblem()).as(endpoint + " answers problem+json").isTrue();
        });
        assertThat(snapshot(a)).as("A's accounts, transfers, schedules, holdings and messages").isEqualTo(before);
    }

    private static Map<String, Attempt> attempts(Ids a) {
        Map<String, Attempt> all = new HashMap<>();
        add(all, "GET", "/api/v1/accounts/{accountId}/transactions", "/api/v1/accounts/" + a.account + "/transactions", null);
        add(all, "GET", "/api/v1/accounts/{accountId}/fee-benefits", "/api/v1/accounts/" + a.account + "/fee-benefits", null);
        add(all, "PUT", "/api/v1/ops/accounts/{accountId}/star-level", "/api/v1/ops/accounts/" + a.account + "/star-level",
                Map.of("level", 3, "reason", "B tries"));
        add(all, "POST", "/api/v1/ops/accounts", "/api/v1/ops/accounts",
                Map.of("customerId", a.customer, "product", "STANDARD", "region", "440100", "initialDeposit", "0"));
        add(all, "POST", "/api/v1/transfers", "/api/v1/transfers", Map.of("quoteId", a.quote));
        add(all, "POST", "/api/v1/transfers/quotes", "/api/v1/transfers/quotes",
                Map.of("fromAccountId", a.account, "toAccountNumber", a.otherCard, "toName", "赵易汇", "amount", "1.00"));
        add(all, "POST", "/api/v1/transfers/quotes/{quoteId}/otp", "/api/v1/transfers/quotes/" + a.quote + "/otp", Map.of());
        add(all, "DELETE", "/api/v1/transfers/quotes/{quoteId}", "/api/v1/transfers/quotes/" + a.quote, null);
        add(all, "POST", "/api/v1/scheduled-transfers", "/api/v1/scheduled-transfers", Map.of("quoteId", a.scheduleQuote,
                "dayOfMonth", 1));
        add(all, "POST", "/api/v1/ops/fees/{operationId}/waive", "/api/v1/ops/fees/" + a.transfer + "/waive", Map.of("reason", "B tries"));
        add(all, "POST", "/api/v1/channel/cash-operations", "/api/v1/channel/cash-operations", Map.of("accountId", a.account,
                "type", "WITHDRAWAL", "amount", "1.00", "region", "440100", "channel", "ATM",
                "deviceId", "ATM-0101-01"));
        add(all, "GET", "/api/v1/transfers/{transferId}", "/api/v1/transfers/" + a.transfer, null);
        add(all, "DELETE", "/api/v1/scheduled-transfers/{id}", "/api/v1/scheduled-transfers/" + a.schedule, null);
        add(all, "POST", "/api/v1/wealth/redemptions", "/api/v1/wealth/redemptions", Map.of("holdingId", a.holding, "amount", "1.00"));
        add(all, "POST", "/api/v1/channel/wealth-orders", "/api/v1/channel/wealth-orders", Map.of("customerId", a.customer,
                "tellerCode", "staff22", "productCode", "RRS001", "accountId", a.account, "amount", "1.00"));
        add(all, "POST", "/api/v1/wealth/orders", "/api/v1/wealth/orders",
                Map.of("productCode", "RRS001", "accountId", a.account, "amount", "1.00"));
        add(all, "POST", "/api/v1/messages/{messageId}/opened", "/api/v1/messages/" + a.message + "/opened", null);
        add(all, "GET", "/api/v1/ops/enterprises/{enterpriseId}", "/api/v1/ops/enterprises/ent_of_a", null);
        add(all, "GET", "/api/v1/ops/branches/{code}/staff", "/api/v1/ops/branches/0101/staff", null);
        add(all, "POST", "/api/v1/ops/staff/{code}/reset", "/api/v1/ops/staff/staff02/reset", null);
        add(all, "POST", "/api/v1/ops/staff/{code}/departure", "/api/v1/ops/staff/staff02/departure", null);
        add(all, "POST", "/api/v1/ops/staff/{code}/confirmation", "/api/v1/ops/staff/staff02/confirmation", null);
        add(all, "GET", "/api/v1/ops/branches/{code}/kpis", "/api/v1/ops/branches/0101/kpis", null);
        add(all, "GET", "/api/v1/ops/incentives/{branch}/{month}", "/api/v1/ops/incentives/0101/2025-10", null);
        add(all, "POST", "/api/v1/ops/incentives/{branch}/{month}/submission", "/api/v1/ops/incentives/0101/2025-10/submission", null);
        add(all, "POST", "/api/v1/ops/incentives/{branch}/{month}/approval", "/api/v1/ops/incentives/0101/2025-10/approval", null);
        add(all, "POST", "/api/v1/ops/administrator-requests/{requestId}/confirmation",
                "/api/v1/ops/administrator-requests/req_of_a/confirmation", null);
        add(all, "POST", "/api/v1/ops/administrator-requests/{requestId}/withdrawal",
                "/api/v1/ops/administrator-requests/req_of_a/withdrawal", null);
        add(all, "POST", "/api/v1/ops/enterprises/{enterpriseId}/administrator", "/api/v1/ops/enterprises/ent_of_a/administrator",
                Map.of("loginName", "admin", "name", "B tries", "phone", "13900000000"));
        add(all, "POST", "/api/v1/ops/enterprises/{enterpriseId}/administrator/reset",
                "/api/v1/ops/enterprises/ent_of_a/administrator/reset", null);
        add(all, "POST", "/api/v1/corporate/operators/{operatorId}/reset", "/api/v1/corporate/operators/op_of_a/reset",
                Map.of("code", "123456"));
        add(all, "POST", "/api/v1/corporate/payments/quotes", "/api/v1/corporate/payments/quotes", Map.of("fromAccountId", a.account,
                "toAccountNumber", a.otherCard, "toName", "赵易汇", "amount", "1.00"));
        add(all, "POST", "/api/v1/corporate/payments", "/api/v1/corporate/payments", Map.of("quoteId", "cpay_of_a"));
        add(all, "GET", "/api/v1/corporate/payments/{paymentId}", "/api/v1/corporate/payments/cpay_of_a", null);
        add(all, "POST", "/api/v1/corporate/payments/{paymentId}/approval", "/api/v1/corporate/payments/cpay_of_a/approval",
                Map.of("code", "123456"));
        add(all, "POST", "/api/v1/corporate/payments/{paymentId}/rejection", "/api/v1/corporate/payments/cpay_of_a/rejection",
                Map.of("reason", "B tries"));
        add(all, "POST", "/api/v1/corporate/cash-pools", "/api/v1/corporate/cash-pools", Map.of("masterAccountId", a.account,
                "members", List.of(Map.of("accountId", "cacc_of_b", "keepMinimum", "0")), "code", "123456"));
        add(all, "GET", "/api/v1/corporate/cash-pools/{poolId}/sweeps", "/api/v1/corporate/cash-pools/pool_of_a/sweeps", null);
        add(all, "GET", "/api/v1/corporate/payroll-batches/{batchId}", "/api/v1/corporate/payroll-batches/cpb_of_a", null);
        add(all, "GET", "/api/v1/corporate/payroll-batches/{batchId}/result", "/api/v1/corporate/payroll-batches/cpb_of_a/result", null);
        add(all, "POST", "/api/v1/corporate/payroll-batches/{batchId}/submission",
                "/api/v1/corporate/payroll-batches/cpb_of_a/submission", null);
        add(all, "GET", "/api/v1/ops/enterprises/{enterpriseId}/accounts", "/api/v1/ops/enterprises/ent_of_a/accounts", null);
        add(all, "POST", "/api/v1/ops/enterprises/{enterpriseId}/accounts", "/api/v1/ops/enterprises/ent_of_a/accounts",
                Map.of("initialDeposit", "1.00"));
        add(all, "POST", "/api/v1/bill-payments", "/api/v1/bill-payments", Map.of("billerCode", "GZ-WATER",
                "customerNumber", "4401002033", "accountId", a.account, "amount", "20.00"));
        add(all, "GET", "/api/v1/bill-payments/{paymentId}", "/api/v1/bill-payments/" + a.billPayment, null);
        add(all, "POST", "/api/v1/etc/vehicles", "/api/v1/etc/vehicles", Map.of("plate", "粤B99999", "accountId", a.account));
        add(all, "GET", "/api/v1/etc/statements/{month}", "/api/v1/etc/statements/2026-11?accountId=" + a.account, null);
        add(all, "POST", "/api/v1/corporate/etc/vehicles", "/api/v1/corporate/etc/vehicles",
                Map.of("plate", "粤B99999", "accountId", a.account));
        add(all, "GET", "/api/v1/corporate/etc/statements/{month}", "/api/v1/corporate/etc/statements/2026-11?accountId=" + a.account,
                null);
        add(all, "POST", "/api/v1/partner/etc/statements", "/api/v1/partner/etc/statements", Map.of("statementId", "S-of-b",
                "month", "2026-11", "tolls", List.of(Map.of("tollId", "T-of-b", "plate", "粤B99999", "entry", "广州北", "exit", "韶关",
                        "exitedAt", "2026-11-02T08:00:00+08:00", "amount", "1.00"))));
        return all;
    }

    private static void add(Map<String, Attempt> all, String method, String template, String path, Object body) {
        all.put(method + " " + template, new Attempt(method, path, body));
    }

    /** From the gateway's API document: operations with an id in the path or an id field in the body. */
    private static Set<String> idTakingEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        JsonNode doc = api.get("/v3/api-docs", null).body();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            boolean idInPath = path.getKey().contains("{");
            boolean idInBody = bodyFields(doc, operation.getValue()).stream()
                    .anyMatch(field -> field.endsWith("Id") && !NOT_RESOURCE_IDS.contains(field));
            String endpoint = operation.getKey().toUpperCase() + " " + path.getKey();
            if ((idInPath || idInBody) && !PROVEN_BY_CODE.contains(endpoint) && !BILLERS_OWN.contains(endpoint)) {
                endpoints.add(endpoint);
            }
        }));
        return endpoints;
    }

    private static Set<String> bodyFields(JsonNode doc, JsonNode operation) {
        Set<String> fields = new TreeSet<>();
        operation.path("requestBody").path("content").forEach(content -> {
            JsonNode schema = content.path("schema");
            if (schema.has("$ref")) {
                schema = doc.at("/components/schemas/" + schema.get("$ref").asText().replace("#/components/schemas/", ""));
            }
            schema.path("properties").fieldNames().forEachRemaining(fields::add);
        });
        return fields;
    }

    private static String snapshot(String token) {
        return List.of("/api/v1/accounts", "/api/v1/transfers", "/api/v1/scheduled-transfers", "/api/v1/wealth/holdings")
                .stream().map(path -> api.get(path, token).text()).toList()
                + " opened: " + api.get("/api/v1/messages", token).body().findValues("openedAt").stream().filter(v -> !v.isNull()).count();
    }

    private static String login(DemoData.DemoCustomer customer) {
        return api.post("/api/v1/auth/login", null, Map.of("phone", customer.phone(), "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK")).body().get("accessToken").asText();
    }

    private record Attempt(String method, String path, Object body) {
    }

    /**
     * A's own ids, each made the way A would make it: an account, a transfer, quotes, a schedule, a holding, a message; and a
     * card of B's that staff opened (the full number is only in the staff view).
     */
    private record Ids(String customer, String account, String otherCard, String transfer, String quote, String scheduleQuote,
                       String schedule, String holding, String message, String billPayment) {

        static Ids of(String a, String b) {
            String customer = api.get("/api/v1/me", a).body().get("customerId").asText();
            String account = api.get("/api/v1/accounts", a).body().get("items").get(0).get("accountId").asText();
            String bCard = api.command("/api/v1/ops/accounts", staff, Map.of("customerId", api.get("/api/v1/me", b).body().get("customerId").asText(),
                    "product", "STANDARD", "region", "440100", "initialDeposit", "0")).body().get("cardNumber").asText();
            JsonNode paid = pay(a, account, bCard);
            String quote = api.post("/api/v1/transfers/quotes", a, Map.of("fromAccountId", account, "toAccountNumber", bCard,
                    "toName", "赵易汇", "amount", "2.00")).body().get("quoteId").asText();
            String schedule = api.command("/api/v1/scheduled-transfers", a, Map.of("quoteId", scheduleQuote(a, account, bCard),
                    "dayOfMonth", 28)).body().get("scheduledTransferId").asText();
            assertThat(api.post("/api/v1/wealth/risk-assessments", a, Map.of("answers", List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2))).status())
                    .isEqualTo(201);
            assertThat(api.command("/api/v1/wealth/orders", a, Map.of("productCode", "RRS001", "accountId", account, "amount", "100.00"))
                    .status()).isEqualTo(201);
            String holding = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/wealth/holdings", a).body().path("items"),
                    items -> items.size() > 0).get(0).get("holdingId").asText();
            String message = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/messages", a).body().path("items"),
                    items -> items.size() > 0).get(0).get("messageId").asText();
            String number = "64" + String.format("%08d", System.nanoTime() % 100_000_000);
            Api.Reply bill = api.command("/api/v1/bill-payments", a, Map.of("billerCode", "GZ-GAS", "customerNumber", number,
                    "accountId", account, "amount", org.ebank.biller.BillerSimulator.amountDue("GZ-GAS", number).toPlainString()));
            assertThat(bill.status()).as(bill.text()).isEqualTo(201);
            return new Ids(customer, account, bCard, paid.get("transferId").asText(), quote, scheduleQuote(a, account, bCard), schedule,
                    holding, message, bill.body().get("paymentId").asText());
        }

        /** A quote to set up a schedule with: to a payee A paid before, small, so no SMS code is needed. */
        private static String scheduleQuote(String a, String account, String bCard) {
            return api.post("/api/v1/transfers/quotes", a, Map.of("fromAccountId", account, "toAccountNumber", bCard,
                    "toName", "赵易汇", "amount", "3.00", "scheduled", true)).body().get("quoteId").asText();
        }

        /** A first payment to a new payee needs the SMS code, which the local phone keeps. */
        private static JsonNode pay(String a, String account, String card) {
            // transfer-service learns of the new card from account-service's event: wait until it has
            JsonNode quote = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/transfers/quotes", a,
                    Map.of("fromAccountId", account, "toAccountNumber", card, "toName", "赵易汇", "amount", "10.00")),
                    reply -> reply.status() == 201).body();
            String quoteId = quote.get("quoteId").asText();
            String code = null;
            if (quote.get("otpRequired").asBoolean()) {
                String phone = DemoData.CUSTOMERS.get(2).phone();
                int seen = RunningSystem.phone().codes(phone).size();
                assertThat(api.post("/api/v1/transfers/quotes/" + quoteId + "/otp", a, Map.of()).status()).isEqualTo(202);
                code = RunningSystem.phone().codeAfter(phone, seen);
            }
            Map<String, Object> confirm = new HashMap<>(Map.of("quoteId", quoteId));
            if (code != null) {
                confirm.put("otp", code);
            }
            Api.Reply paid = api.command("/api/v1/transfers", a, confirm);
            assertThat(paid.status()).as(paid.text()).isEqualTo(201);
            return paid.body();
        }
    }
}
