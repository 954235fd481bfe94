package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through the gateway of the running system, the holes a fraudster, a client's retry or an auditor would look for:
 * each test fails on the system as it was and passes now.
 */
@ExtendWith(RunningSystem.class)
class FraudAndRetryIT {

    /** Another bank's accounts this run pays for the first time. */
    private static final AtomicInteger payees = new AtomicInteger();

    private static Api api;
    private static String staff;

    @BeforeAll
    static void running() {
        api = RunningSystem.api();
        staff = RunningSystem.staffToken();
    }

    @Test
    void openingAnAccountWithItsDepositIsSafeToRetryAndRefusedWithoutAKey() throws Exception {
        String customer = Staff.newCustomer();
        Map<String, Object> body = Map.of("customerId", customer, "product", "STANDARD", "region", "440100", "initialDeposit", "500.00");
        String key = UUID.randomUUID().toString();

        Api.Reply first = api.send("POST", "/api/v1/ops/accounts", staff, body, Map.of("Idempotency-Key", key));
        Api.Reply retry = api.send("POST", "/api/v1/ops/accounts", staff, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().get("accountId").asText()).isEqualTo(first.body().get("accountId").asText());

        Api.Reply unkeyed = api.post("/api/v1/ops/accounts", staff, body);
        assertThat(unkeyed.status()).isEqualTo(400);
        assertThat(unkeyed.body().get("type").asText()).endsWith("/idempotency-key-required");
        assertThat(Databases.count("account", "select count(*) from account where customer_id = '" + customer + "'"))
                .as("one account, one opening deposit").isEqualTo(1);
        assertThat(Databases.count("account", "select count(*) from posting p join entry e on e.posting_id = p.id "
                + "join account a on a.id = e.account_id where a.customer_id = '" + customer + "'")).isEqualTo(1);
    }

    @Test
    void aNewSmsCodeDoesNotGiveNewTriesThreeWrongCodesEndTheQuote() {
        DemoData.DemoCustomer wang = DemoData.CUSTOMERS.get(2);
        String token = signIn(wang);
        JsonNode account = api.get("/api/v1/accounts", token).body().get("items").get(0);
        Map<String, Object> quoteBody = Map.of("fromAccountId", account.get("accountId").asText(), "toAccountNumber",
                Staff.newCard(Staff.newCustomer()), "toName", "收款人", "amount", "20.00");
        // transfer-service learns of the new card from account-service's event: wait until it has
        String quote = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/transfers/quotes", token, quoteBody),
                reply -> reply.status() == 201).body().get("quoteId").asText();

        int sent = RunningSystem.phone().codes(wang.phone()).size();
        assertThat(api.post("/api/v1/transfers/quotes/" + quote + "/otp", token, Map.of()).status()).isEqualTo(202);
        String wrong = "000000".equals(RunningSystem.phone().codeAfter(wang.phone(), sent)) ? "111111" : "000000";
        assertThat(confirm(token, quote, wrong).body().get("type").asText()).endsWith("/otp-wrong");
        assertThat(confirm(token, quote, wrong).body().get("type").asText()).endsWith("/otp-wrong");
        assertThat(api.post("/api/v1/transfers/quotes/" + quote + "/otp", token, Map.of()).status()).as("a new code").isEqualTo(202);
        String code = RunningSystem.phone().codeAfter(wang.phone(), sent + 1);
        assertThat(Databases.strings("transfer", "select payload from outbox_event where event_type = 'ebank.transfer.OtpRequested'"))
                // as a value of its own: six digits can turn up by chance inside a timestamp or the ciphertext
                .as("the SMS codes on their way to notification-service").isNotEmpty()
                .noneMatch(payload -> payload.contains("\"" + code + "\""));
        String stillWrong = "000000".equals(code) ? "111111" : "000000";
        assertThat(confirm(token, quote, stillWrong).body().get("type").asText()).as("the third wrong code, after a new one was sent")
                .endsWith("/otp-exhausted");

        Api.Reply again = api.post("/api/v1/transfers/quotes/" + quote + "/otp", token, Map.of());
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().get("type").asText()).endsWith("/otp-exhausted");
        assertThat(confirm(token, quote, code).body().get("type").asText()).as("even the right code").endsWith("/otp-exhausted");
        assertThat(api.get("/api/v1/accounts", token).body().get("items").get(0).get("balance").asText())
                .isEqualTo(account.get("balance").asText());
    }

    @Test
    void aCardNumberRestsOnlyInAccountServiceNotOnTheTopicsNorInAnyOtherServicesTables() throws Exception {
        String card = Staff.newCard(Staff.newCustomer());
        // transfer-service learns of the card, and can find it by the number a customer types
        DemoData.DemoCustomer zhao = DemoData.CUSTOMERS.get(3);
        String token = signIn(zhao);
        String from = api.get("/api/v1/accounts", token).body().get("items").get(0).get("accountId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/transfers/quotes", token, Map.of("fromAccountId", from,
                "toAccountNumber", card, "toName", "收款人", "amount", "1.00")), reply -> reply.status() == 201);

        assertThat(Databases.strings("account", "select payload from outbox_event where topic = 'ebank.account.account.v1'"))
                .as("account events").isNotEmpty().noneMatch(payload -> payload.contains(card));
        for (String database : List.of("transfer", "wealth", "notification", "corporate", "insight")) {
            assertThat(columnsHolding(database, card)).as("columns of " + database + "'s tables holding the card number").isEmpty();
        }
    }

    @Test
    void aReturnedInterbankTransferGivesItsFeeBackAndFeeIncomeStillReconcilesToTheFen() {
        JsonNode before = reconciliation();
        DemoData.DemoCustomer wang = DemoData.CUSTOMERS.get(2);
        String token = signIn(wang);
        JsonNode account = api.get("/api/v1/accounts", token).body().get("items").get(0);
        // the local clearing network returns a transfer whose payee name holds 退回, five seconds after it was sent
        JsonNode quote = api.post("/api/v1/transfers/quotes", token, Map.of("fromAccountId", account.get("accountId").asText(),
                "toAccountNumber", "6222020200112233" + String.format("%02d", payees.incrementAndGet() % 100), "toBankCode", "ICBC",
                "toName", "退回测试", "amount", "100.00")).body();
        assertThat(quote.get("fee").asText()).as("interbank through netbank: the base tariff").isEqualTo("5.00");
        int sent = RunningSystem.phone().codes(wang.phone()).size();
        api.post("/api/v1/transfers/quotes/" + quote.get("quoteId").asText() + "/otp", token, Map.of());
        JsonNode transfer = confirm(token, quote.get("quoteId").asText(), RunningSystem.phone().codeAfter(wang.phone(), sent)).body();
        assertThat(transfer.get("status").asText()).isEqualTo("PENDING_CLEARING");

        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/transfers/" + transfer.get("transferId").asText(), token)
                .body().get("status").asText(), "RETURNED"::equals);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode after = reconciliation();
            assertThat(after.get("balanced").asBoolean()).as(after.toString()).isTrue();
            assertThat(after.get("kpiFeeIncome").asText()).as("charged and given back").isEqualTo(before.get("kpiFeeIncome").asText());
        });
        assertThat(api.get("/api/v1/accounts", token).body().get("items").get(0).get("balance").asText())
                .as("the amount and the fee back").isEqualTo(account.get("balance").asText());
    }

    private static JsonNode reconciliation() {
        return api.get("/api/v1/ops/kpis/reconciliation?from=" + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1), staff).body();
    }

    private static Api.Reply confirm(String token, String quote, String code) {
        return api.command("/api/v1/transfers", token, Map.of("quoteId", quote, "otp", code));
    }

    private static String signIn(DemoData.DemoCustomer customer) {
        return api.post("/api/v1/auth/login", null, Map.of("phone", customer.phone(), "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK")).body().get("accessToken").asText();
    }

    /** Every text column of every table of the database, searched for {@code value}: the columns that hold it. */
    private static List<String> columnsHolding(String database, String value) throws SQLException {
        List<String> holding = new ArrayList<>();
        try (var connection = Databases.connect(database)) {
            List<String[]> columns = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery("select table_name, column_name from information_schema.columns"
                    + " where table_schema = 'public' and data_type in ('text', 'character varying')")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (var statement = connection.prepareStatement(
                        "select count(*) from \"" + column[0] + "\" where \"" + column[1] + "\" like ?")) {
                    statement.setString(1, "%" + value + "%");
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            holding.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return holding;
    }
}
