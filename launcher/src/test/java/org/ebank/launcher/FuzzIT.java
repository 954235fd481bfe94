package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input through the gateway, endpoint by endpoint: malformed JSON, wrong types, missing required and unknown fields,
 * negative, huge and over-precise amounts, very long strings, odd Unicode in ids, wrong content types, a missing
 * Idempotency-Key. Every answer is 4xx problem+json, never 5xx, and nothing in any service's database changes.
 * (Sign-in and enrolment are left out: their per-address rate limit would turn the rest of the run into 429s.)
 */
@ExtendWith(RunningSystem.class)
class FuzzIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static Api api;
    private static String staff;

    @BeforeAll
    static void running() {
        api = RunningSystem.api();
        staff = RunningSystem.staffToken();
    }

    @Test
    void badInputIsAlwaysAClear4xxProblemAndChangesNothing() throws Exception {
        String customer = api.post("/api/v1/auth/login", null, Map.of("phone", DemoData.CUSTOMERS.get(0).phone(),
                "password", DemoData.CUSTOMER_PASSWORD, "channel", "NETBANK")).body().get("accessToken").asText();
        String atm = api.post("/api/v1/auth/staff-login", null, Map.of("username", "atm01", "password", "Atm@2026"))
                .body().get("accessToken").asText();
        String account = api.get("/api/v1/accounts", customer).body().get("items").get(0).get("accountId").asText();
        List<Target> targets = List.of(
                new Target("POST", "/api/v1/transfers/quotes", customer, Map.of("fromAccountId", account,
                        "toAccountNumber", "6217000000000000001", "toName", "收款人", "amount", "10.00"), false),
                new Target("POST", "/api/v1/transfers", customer, Map.of("quoteId", "q_unknown", "otp", "123456"), true),
                new Target("POST", "/api/v1/scheduled-transfers", customer, Map.of("quoteId", "q_unknown", "otp", "123456",
                        "dayOfMonth", 5), true),
                new Target("POST", "/api/v1/wealth/orders", customer, Map.of("productCode", "RRS001", "accountId", account,
                        "amount", "10.00"), true),
                new Target("POST", "/api/v1/wealth/redemptions", customer, Map.of("holdingId", "h_unknown", "amount", "10.00"), true),
                new Target("POST", "/api/v1/wealth/risk-assessments", customer, Map.of("answers", List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)),
                        false),
                new Target("PUT", "/api/v1/notification-preferences", customer, Map.of("smsThreshold", "500.00", "smsEnabled", true,
                        "pushEnabled", true, "quietStart", "22:00", "quietEnd", "08:00", "marketingOptOut", false), false),
                new Target("POST", "/api/v1/channel/cash-operations", atm, Map.of("accountId", account, "type", "DEPOSIT",
                        "amount", "10.00", "region", "440100", "channel", "ATM",
                        "deviceId", "ATM-0101-01"), true),
                new Target("POST", "/api/v1/ops/customers", staff, Map.of("name", "新客户", "idNumber", "11010519491231002X",
                        "phone", "13955550000", "birthDate", "1949-12-31"), false),
                new Target("POST", "/api/v1/ops/accounts", staff, Map.of("customerId", "cus_unknown", "product", "STANDARD",
                        "region", "440100", "initialDeposit", "100.00"), true));

        String before = state();
        SoftAssertions softly = new SoftAssertions();
        int sent = 0;
        for (Target target : targets) {
            for (Mutation m : target.mutations()) {
                Api.Reply reply = api.send(target.method(), target.path(), target.token(), m.body(), m.headers());
                String what = target.method() + " " + target.path() + " with " + m.name() + " -> " + reply.status() + " " + reply.text();
                softly.assertThat(reply.status()).as(what).isBetween(400, 499);
                softly.assertThat(reply.isProblem()).as(what).isTrue();
                softly.assertThat(reply.text()).as(what).doesNotContain("Exception").doesNotContain("at org.");
                sent++;
            }
        }
        softly.assertAll();
        assertThat(sent).isGreaterThan(200);
        assertThat(state()).as("every service's data after the fuzz").isEqualTo(before);
    }

    /** What bad input must never change: row counts and contents of every table a request could write. */
    private static String state() throws Exception {
        Map<String, List<String>> tables = Map.of(
                "account", List.of("select count(*) from customer", "select count(*) from account",
                        "select sum(balance)::text from account where kind = 'CUSTOMER'", "select count(*) from posting where channel <> 'SYSTEM'",
                        "select count(*) from enrolment"),
                "transfer", List.of("select count(*) from quote", "select count(*) from transfer", "select count(*) from scheduled_transfer",
                        "select count(*) from cash_operation", "select count(*) from otp"),
                "wealth", List.of("select count(*) from wealth_order", "select count(*) from holding", "select count(*) from redemption",
                        "select md5(coalesce(string_agg(r::text, ',' order by r::text), '')) from risk_assessment r"),
                "notification", List.of("select md5(coalesce(string_agg(p::text, ',' order by p::text), '')) from preference p"));
        Map<String, String> state = new java.util.TreeMap<>();
        int port = RunningSystem.current().system().ports().postgres();
        for (var database : tables.entrySet()) {
            try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database.getKey(), "postgres", "")) {
                for (String sql : database.getValue()) {
                    try (var rows = connection.createStatement().executeQuery(sql)) {
                        rows.next();
                        state.put(database.getKey() + ": " + sql, rows.getString(1));
                    }
                }
            }
        }
        return state.toString();
    }

    private record Mutation(String name, Object body, Map<String, String> headers) {
    }

    /** An endpoint with a body it would accept; {@code keyed}: it moves money and needs an Idempotency-Key. */
    private record Target(String method, String path, String token, Map<String, Object> valid, boolean keyed) {

        List<Mutation> mutations() {
            List<Mutation> all = new ArrayList<>();
            for (String raw : List.of("{", "{\"amount\": \"1.00\"", "not json", "[]", "null", "\"a string\"", "42", "{}",
                    "{\"a\":1,\"a\":2}", "\uFEFF{}")) {
                all.add(with("malformed " + raw, raw));
            }
            Map<String, Object> extra = new LinkedHashMap<>(valid);
            extra.put("unexpected", "x");
            all.add(with("an unknown field", extra));
            for (String field : valid.keySet()) {
                for (Object wrong : List.of(true, 12345, List.of("x"), Map.of("x", 1), "", " ")) {
                    boolean sameKind = valid.get(field) instanceof String ? wrong instanceof String
                            : valid.get(field) instanceof List ? wrong instanceof List : valid.get(field).getClass() == wrong.getClass();
                    if (!sameKind || "".equals(wrong) || " ".equals(wrong)) {
                        all.add(with(field + " = " + wrong, replaced(field, wrong)));
                    }
                }
                all.add(with(field + " = null", replaced(field, null)));
                if (valid.get(field) instanceof String text && !text.isEmpty()) {
                    all.add(with(field + " 10000 characters long", replaced(field, "9".repeat(10_000))));
                    all.add(with(field + " with a NUL", replaced(field, text + "\u0000")));
                    all.add(with(field + " in full-width digits and RTL", replaced(field, "\u202E１２３\u200D")));
                    all.add(with(field + " as SQL", replaced(field, "' or '1'='1")));
                }
            }
            if (valid.containsKey("amount")) {
                for (Object amount : List.of("-1.00", "0", "0.00", "1.001", "1e309", "99999999999999999999999.99", "abc", "NaN", "Infinity",
                        "１０", -5)) {
                    all.add(with("amount = " + amount, replaced("amount", amount)));
                }
            }
            if (valid.containsKey("smsThreshold")) {
                for (Object threshold : List.of("-1.00", "1.001", "1e309", "99999999999999999999999.99", "abc", "NaN", "１０")) {
                    all.add(with("smsThreshold = " + threshold, replaced("smsThreshold", threshold)));
                }
            }
            all.add(new Mutation("text/plain", "x=1", headers(Map.of("Content-Type", "text/plain"))));
            all.add(new Mutation("application/xml", "<amount>1</amount>", headers(Map.of("Content-Type", "application/xml"))));
            if (keyed) {
                all.add(new Mutation("no Idempotency-Key", write(valid), Map.of()));
                all.add(new Mutation("an Idempotency-Key of 500 characters", write(valid), Map.of("Idempotency-Key", "k".repeat(500))));
            }
            return all;
        }

        private Mutation with(String name, Object body) {
            return new Mutation(name, body instanceof String s ? s : write(body), headers(Map.of()));
        }

        private Map<String, String> headers(Map<String, String> more) {
            Map<String, String> headers = new LinkedHashMap<>(more);
            if (keyed) {
                headers.put("Idempotency-Key", UUID.randomUUID().toString());
            }
            return headers;
        }

        private Map<String, Object> replaced(String field, Object value) {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(field, value);
            return body;
        }

        private static String write(Object body) {
            try {
                return json.writeValueAsString(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
