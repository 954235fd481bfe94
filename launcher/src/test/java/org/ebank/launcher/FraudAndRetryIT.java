package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.infra.ResidentIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through the gateway of the running system, the holes a fraudster, a client's retry or an auditor would look for:
 * each test fails on the system as it was and passes now.
 */
@ExtendWith(RunningSystem.class)
class FraudAndRetryIT {

    private static final AtomicInteger people = new AtomicInteger(600);

    private static Api api;
    private static String staff;
    private static Ports ports;

    @BeforeAll
    static void running() {
        api = RunningSystem.api();
        staff = RunningSystem.staffToken();
        ports = RunningSystem.current().system().ports();
    }

    @Test
    void openingAnAccountWithItsDepositIsSafeToRetryAndRefusedWithoutAKey() throws Exception {
        String customer = newCustomer();
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
        assertThat(count("account", "select count(*) from account where customer_id = '" + customer + "'"))
                .as("one account, one opening deposit").isEqualTo(1);
        assertThat(count("account", "select count(*) from posting p join entry e on e.posting_id = p.id "
                + "join account a on a.id = e.account_id where a.customer_id = '" + customer + "'")).isEqualTo(1);
    }

    @Test
    void enrolmentAndANewDeviceNeedTheCodeSentToThePhoneAndAWrongPasswordReadsAsAWrongCode() {
        Person owner = newPerson();
        String card = newCard(owner.customerId());
        LocalPhone phone = RunningSystem.phone();
        phone.enrol(ports.gatewayUrl(), card, owner.phone(), "Secret2026", "NETBANK", null, null);
        phone.enrol(ports.gatewayUrl(), card, owner.phone(), "Secret2026", "MOBILE", "own-phone", null);

        // someone with the card, the phone number and even the password, but not the phone, enrols nothing
        int seen = phone.codes(owner.phone()).size();
        Api.Reply started = api.post("/api/v1/enrolments", null, Map.of("cardNumber", card, "phone", owner.phone(), "channel", "MOBILE",
                "deviceId", "thief-phone"));
        assertThat(started.status()).isEqualTo(202);
        String enrolment = started.body().get("enrolmentId").asText();
        String code = phone.codeAfter(owner.phone(), seen);
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        Api.Reply wrongCodeReply = api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null,
                Map.of("code", wrongCode, "password", "Secret2026"));
        assertThat(wrongCodeReply.status()).isEqualTo(422);
        // whoever holds the phone but guesses the password hears the same as a wrong code
        Api.Reply wrongPasswordReply = api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null,
                Map.of("code", code, "password", "Guess2026"));
        assertThat(wrongPasswordReply.status()).isEqualTo(422);
        assertThat(wrongPasswordReply.body().get("type").asText()).isEqualTo(wrongCodeReply.body().get("type").asText())
                .endsWith("/code-wrong");
        api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null, Map.of("code", wrongCode, "password", "Secret2026"));
        Api.Reply spent = api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null, Map.of("code", code, "password", "Secret2026"));
        assertThat(spent.body().get("type").asText()).as("three tries end the code").endsWith("/code-closed");

        // a stolen password on another phone gets a challenge, not a token
        seen = phone.codes(owner.phone()).size();
        Api.Reply challenged = api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026",
                "channel", "MOBILE", "deviceId", "thief-phone"));
        assertThat(challenged.status()).isEqualTo(202);
        assertThat(challenged.body().has("accessToken")).isFalse();
        String challenge = challenged.body().get("challengeId").asText();
        String deviceCode = phone.codeAfter(owner.phone(), seen);
        String wrongDeviceCode = deviceCode.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/device-challenges/" + challenge, null, Map.of("code", wrongDeviceCode)).status()).isEqualTo(422);
        }
        Api.Reply tooLate = api.post("/api/v1/auth/device-challenges/" + challenge, null, Map.of("code", deviceCode));
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.body().has("accessToken")).isFalse();
        assertThat(api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026", "channel", "MOBILE",
                "deviceId", "own-phone")).status()).as("the owner's bound phone signs in as before").isEqualTo(200);

        // the owner on a new phone of theirs: the code, then a token, then bound
        seen = phone.codes(owner.phone()).size();
        String newPhone = api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026", "channel", "MOBILE",
                "deviceId", "new-phone")).body().get("challengeId").asText();
        Api.Reply answered = api.post("/api/v1/auth/device-challenges/" + newPhone, null,
                Map.of("code", phone.codeAfter(owner.phone(), seen)));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", answered.body().get("accessToken").asText()).body().get("customerId").asText())
                .isEqualTo(owner.customerId());
        assertThat(api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026", "channel", "MOBILE",
                "deviceId", "new-phone")).status()).isEqualTo(200);
        assertThat(strings("account", "select payload::text from outbox_event where payload::text like '%" + owner.customerId() + "%'"))
                .as("no code rests in account-service's outbox").noneMatch(payload -> payload.contains(code) || payload.contains(deviceCode));
    }

    @Test
    void aWrongPasswordGivenWithTheRightCodeCountsTowardTheSignInLockout() {
        Person owner = newPerson();
        String card = newCard(owner.customerId());
        LocalPhone phone = RunningSystem.phone();
        phone.enrol(ports.gatewayUrl(), card, owner.phone(), "Secret2026", "NETBANK", null, null);
        int seen = phone.codes(owner.phone()).size();
        String enrolment = api.post("/api/v1/enrolments", null, Map.of("cardNumber", card, "phone", owner.phone(), "channel", "MOBILE",
                "deviceId", "my-phone")).body().get("enrolmentId").asText();
        assertThat(api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null, Map.of("code", phone.codeAfter(owner.phone(), seen),
                "password", "Guess2026")).status()).isEqualTo(422);
        Map<String, Object> guess = Map.of("phone", owner.phone(), "password", "Guess2026", "channel", "NETBANK");
        for (int i = 2; i <= 4; i++) {
            assertThat(api.post("/api/v1/auth/login", null, guess).status()).as("wrong password " + i).isEqualTo(401);
        }
        Api.Reply fifth = api.post("/api/v1/auth/login", null, guess);
        assertThat(fifth.status()).as("the fifth wrong password in a row, the first given at enrolment").isEqualTo(423);
        assertThat(api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026", "channel", "NETBANK"))
                .status()).isEqualTo(423);
    }

    @Test
    void staffAndChannelSystemActionsAreInTheAuditTrailWithTheirRequestAndACashFeeCanBeGivenBack() {
        Api.Reply opened = api.send("POST", "/api/v1/ops/accounts", staff, Map.of("customerId", newCustomer(), "product", "STANDARD",
                "region", "440100", "initialDeposit", "800.00"), Map.of("Idempotency-Key", UUID.randomUUID().toString(),
                "X-Request-Id", "chosen-by-the-caller"));
        String account = opened.body().get("accountId").asText();
        String openRequest = opened.requestId();
        assertThat(openRequest).as("the gateway's own id, not the caller's").isNotEqualTo("chosen-by-the-caller");

        // cash taken out in another region pays a fee; staff give it back by hand, as a transfer's
        String atm = api.post("/api/v1/auth/staff-login", null, Map.of("username", "atm01", "password", "Atm@2026"))
                .body().get("accessToken").asText();
        Map<String, Object> withdrawal = Map.of("accountId", account, "type", "WITHDRAWAL", "amount", "100.00", "region", "410100",
                "channel", "ATM");
        // transfer-service learns of the new card from account-service's event: wait until it has
        JsonNode cash = await().atMost(Duration.ofSeconds(30)).until(() -> api.command("/api/v1/channel/cash-operations", atm, withdrawal),
                reply -> reply.status() == 201).body();
        String cashId = cash.get("operationId").asText();
        assertThat(new java.math.BigDecimal(cash.get("fee").asText())).as("a cross-region withdrawal's fee").isPositive();
        Api.Reply waived = api.post("/api/v1/ops/fees/" + cashId + "/waive", staff, Map.of("reason", "ATM 故障 complaint"));
        String waiveRequest = waived.requestId();
        assertThat(waived.status()).as(waived.text()).isEqualTo(200);
        assertThat(waived.body().get("refunded").asText()).isEqualTo(cash.get("fee").asText());
        assertThat(strings("account", "select balance::text from account where id = '" + account + "'"))
                .as("800.00, less the 100.00 taken out; the fee came back").containsExactly("700.00");

        JsonNode openedRecord = audit("requestId=" + openRequest).get(0);
        assertThat(openedRecord.get("actor").asText()).isEqualTo(DemoData.STAFF_USERNAME);
        assertThat(openedRecord.get("role").asText()).isEqualTo("STAFF");
        assertThat(openedRecord.get("action").asText()).isEqualTo("ACCOUNT_OPENED");
        assertThat(openedRecord.get("subject").asText()).isEqualTo(account);
        assertThat(openedRecord.get("service").asText()).isEqualTo("account-service");
        assertThat(openedRecord.get("details").get("initialDeposit").asText()).isEqualTo("800.00");
        assertThat(openedRecord.get("details").toString()).as("never a full card number").doesNotContainPattern("\\d{16}");
        JsonNode waiverRecord = audit("requestId=" + waiveRequest).get(0);
        assertThat(waiverRecord.get("action").asText()).isEqualTo("FEE_WAIVED");
        assertThat(waiverRecord.get("subject").asText()).isEqualTo(cashId);
        assertThat(waiverRecord.get("details").get("reason").asText()).isEqualTo("ATM 故障 complaint");
        JsonNode cashRecord = audit("action=CASH_OPERATION&subject=" + cashId).get(0);
        assertThat(cashRecord.get("actor").asText()).isEqualTo("atm01");
        assertThat(cashRecord.get("role").asText()).isEqualTo("CHANNEL");

        Api.Reply first = api.get("/api/v1/ops/audit?actor=" + DemoData.STAFF_USERNAME + "&limit=1", staff);
        String cursor = first.body().get("nextCursor").asText();
        JsonNode second = api.get("/api/v1/ops/audit?actor=" + DemoData.STAFF_USERNAME + "&limit=1&cursor=" + cursor, staff).body();
        assertThat(second.get("items").get(0).get("id").asText()).as("the next page goes on").isNotEqualTo(first.body().get("items")
                .get(0).get("id").asText());
        assertThat(api.get("/api/v1/ops/audit?action=NOT_AN_ACTION", staff).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/ops/audit", signIn(DemoData.CUSTOMERS.get(2))).status()).as("staff only").isEqualTo(403);
    }

    /** The audit records a query finds, once at least one has arrived. */
    private static JsonNode audit(String query) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/ops/audit?" + query, staff).body().path("items"),
                items -> items.size() > 0);
    }

    @Test
    void aNewSmsCodeDoesNotGiveNewTriesThreeWrongCodesEndTheQuote() {
        DemoData.DemoCustomer wang = DemoData.CUSTOMERS.get(2);
        String token = signIn(wang);
        JsonNode account = api.get("/api/v1/accounts", token).body().get("items").get(0);
        Map<String, Object> quoteBody = Map.of("fromAccountId", account.get("accountId").asText(), "toAccountNumber",
                newCard(newCustomer()), "toName", "收款人", "amount", "20.00");
        // transfer-service learns of the new card from account-service's event: wait until it has
        String quote = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/transfers/quotes", token, quoteBody),
                reply -> reply.status() == 201).body().get("quoteId").asText();

        int sent = codes(wang.phone()).size();
        assertThat(api.post("/api/v1/transfers/quotes/" + quote + "/otp", token, Map.of()).status()).isEqualTo(202);
        String wrong = "000000".equals(newestCode(wang.phone(), sent + 1)) ? "111111" : "000000";
        assertThat(confirm(token, quote, wrong).body().get("type").asText()).endsWith("/otp-wrong");
        assertThat(confirm(token, quote, wrong).body().get("type").asText()).endsWith("/otp-wrong");
        assertThat(api.post("/api/v1/transfers/quotes/" + quote + "/otp", token, Map.of()).status()).as("a new code").isEqualTo(202);
        String code = newestCode(wang.phone(), sent + 2);
        assertThat(strings("transfer", "select payload from outbox_event where event_type = 'ebank.transfer.OtpRequested'"))
                .as("the SMS codes on their way to notification-service").isNotEmpty().noneMatch(payload -> payload.contains(code));
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
        String card = newCard(newCustomer());
        // transfer-service learns of the card, and can find it by the number a customer types
        DemoData.DemoCustomer zhao = DemoData.CUSTOMERS.get(3);
        String token = signIn(zhao);
        String from = api.get("/api/v1/accounts", token).body().get("items").get(0).get("accountId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/transfers/quotes", token, Map.of("fromAccountId", from,
                "toAccountNumber", card, "toName", "收款人", "amount", "1.00")), reply -> reply.status() == 201);

        assertThat(strings("account", "select payload from outbox_event where topic = 'ebank.account.account.v1'"))
                .as("account events").isNotEmpty().noneMatch(payload -> payload.contains(card));
        for (String database : List.of("transfer", "wealth", "notification")) {
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
                "toAccountNumber", "6222020200112233" + String.format("%02d", people.incrementAndGet() % 100), "toBankCode", "ICBC",
                "toName", "退回测试", "amount", "100.00")).body();
        assertThat(quote.get("fee").asText()).as("interbank through netbank: the base tariff").isEqualTo("5.00");
        int sent = codes(wang.phone()).size();
        api.post("/api/v1/transfers/quotes/" + quote.get("quoteId").asText() + "/otp", token, Map.of());
        JsonNode transfer = confirm(token, quote.get("quoteId").asText(), newestCode(wang.phone(), sent + 1)).body();
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

    /** The newest SMS code sent to the phone, once it has had {@code count} codes. */
    private static String newestCode(String phone, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> codes(phone), codes -> codes.size() >= count).get(0);
    }

    /** The SMS codes the local phone received, newest first. */
    private static java.util.List<String> codes(String phone) {
        java.util.regex.Matcher codes = java.util.regex.Pattern.compile("验证码(\\d{6})")
                .matcher(api.get("/api/v1/ops/dev/sms?phone=" + phone, staff).text());
        java.util.List<String> found = new java.util.ArrayList<>();
        while (codes.find()) {
            found.add(codes.group(1));
        }
        return found;
    }

    private static String newCard(String customer) {
        return api.command("/api/v1/ops/accounts", staff, Map.of("customerId", customer, "product", "STANDARD", "region", "440100",
                "initialDeposit", "0")).body().get("cardNumber").asText();
    }

    private static String newCustomer() {
        return newPerson().customerId();
    }

    private static Person newPerson() {
        int n = people.incrementAndGet();
        LocalDate born = LocalDate.of(1985, 3, 1).plusDays(n);
        String phone = "1345" + String.format("%07d", n);
        return new Person(api.post("/api/v1/ops/customers", staff, Map.of("name", "测试" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10),
                "idNumber", ResidentIds.of(born, n), "phone", phone, "birthDate", born.toString()))
                .body().get("customerId").asText(), phone);
    }

    private record Person(String customerId, String phone) {
    }

    private static List<String> strings(String database, String sql) {
        try (var connection = connect(database); var rows = connection.createStatement().executeQuery(sql)) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text column of every table of the database, searched for {@code value}: the columns that hold it. */
    private static List<String> columnsHolding(String database, String value) throws SQLException {
        List<String> holding = new ArrayList<>();
        try (var connection = connect(database)) {
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

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database, "postgres", "");
    }

    private static long count(String database, String sql) throws Exception {
        try (var connection = connect(database); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
