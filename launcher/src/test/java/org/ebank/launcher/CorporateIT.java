package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ebank.launcher.Enterprises.sms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.launcher.Enterprises.Operator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Corporate netbank through the gateway, one enterprise's walk in order: staff register it by its unified social credit
 * code and open its settlement account with an opening deposit on the ledger, once per key; the account takes cash at
 * the counter like any account, and its 动账 alerts reach the enterprise's contact phone. Its administrator is enrolled
 * (the KPIs count the enterprise's enrolment and activation, its referrer earns the corporate incentive) and enrols a
 * maker and two checkers, who sign in with their dynamic tokens; the maker's payments are approved by two checkers and
 * paid once (or rejected, refused for funds, returned by another bank); a 1,000-row payroll batch with three bad rows is
 * paid once though corporate-service dies mid-batch; two accounts are pooled into a master and swept; and operators
 * started over lose their sessions and what they left pending.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorporateIT {

    private static final String NAME = "广州乡情集团有限公司";
    /** The enterprise as the walk goes: registered, its first account, then its operators. */
    private static String enterprise;
    private static String creditCode;
    private static String contactPhone;
    private static String settlement;
    private static Operator admin;
    private static Operator maker;
    private static Operator checker1;
    private static Operator checker2;

    @Test
    @Order(1)
    void staffRegisterAnEnterpriseAndOpenItsSettlementAccountWhichTakesCashAndAlertsItsContactPhone() {
        Api api = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        String phone = Enterprises.newPhone();
        String code = Enterprises.creditCode();

        Api.Reply registered = api.post("/api/v1/ops/enterprises", staff, Map.of("name", NAME, "creditCode", code,
                "legalRepresentative", "张乡情", "contactPhone", phone));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String enterprise = registered.body().get("enterpriseId").asText();
        assertThat(api.post("/api/v1/ops/enterprises/" + enterprise + "/administrator", Enterprises.signIn(api, DemoData.ACCOUNT_MANAGER_USERNAME),
                Map.of("loginName", "admin", "name", "张管理", "phone", Enterprises.newPhone())).status())
                .as("corporate netbank is a service on a settlement account: none yet").isEqualTo(422);
        assertThat(api.post("/api/v1/ops/enterprises", staff, Map.of("name", "重名公司", "creditCode", code,
                "legalRepresentative", "李四", "contactPhone", phone)).body().path("enterpriseId").asText())
                .as("one enterprise per credit code: the second registration names the first").isEqualTo(enterprise);
        Api.Reply badCode = api.post("/api/v1/ops/enterprises", staff, Map.of("name", "某公司",
                "creditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'), "legalRepresentative", "李四",
                "contactPhone", phone));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.isProblem()).isTrue();

        String key = UUID.randomUUID().toString();
        String path = "/api/v1/ops/enterprises/" + enterprise + "/accounts";
        Api.Reply opened = api.send("POST", path, staff, Map.of("initialDeposit", "500000.00"), Map.of("Idempotency-Key", key));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        JsonNode account = opened.body();
        String number = account.get("accountNumber").asText();
        assertThat(number).matches("800100\\d{13}");
        Api.Reply again = api.send("POST", path, staff, Map.of("initialDeposit", "500000.00"), Map.of("Idempotency-Key", key));
        assertThat(again.body().get("accountId").asText()).as("the same key, the same account").isEqualTo(account.get("accountId").asText());

        String counter = api.post("/api/v1/auth/staff-login", null, Map.of("username", "counter01", "password", "Counter@2026"))
                .body().get("accessToken").asText();
        Api.Reply cash = api.command("/api/v1/channel/cash-operations", counter, Map.of("accountId", account.get("accountId").asText(),
                "type", "DEPOSIT", "amount", "1000.00", "region", "440100", "channel", "COUNTER"));
        assertThat(cash.status()).as(cash.text()).isEqualTo(201);

        Api.Reply accounts = api.get(path, staff);
        assertThat(accounts.body()).hasSize(1);
        assertThat(accounts.body().get(0).get("balance").asText()).as("the opening deposit once, and the cash").isEqualTo("501000.00");
        assertThat(accounts.body().get(0).get("accountNumber").asText()).isEqualTo("8001 **** **** ***" + number.substring(15));
        assertThat(api.get("/api/v1/ops/enterprises/" + enterprise, staff).body().get("creditCode").asText()).isEqualTo(code);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sms(api, staff, phone))
                .as("both 动账 alerts reach the enterprise's contact phone")
                .contains("尾号" + number.substring(15) + "的账户").contains("转入500,000.00元").contains("转入1,000.00元"));
        CorporateIT.enterprise = enterprise;
        creditCode = code;
        contactPhone = phone;
        settlement = account.get("accountId").asText();
    }

    @Test
    @Order(2)
    void itsOperatorsActivateBindTheirTokensAndSignInWithBothAReplayedCodeIsRefusedAndTheKpisCountTheEnterpriseOnce() {
        Api api = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        String code = creditCode;

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String range = "/api/v1/ops/kpis?granularity=DAY&from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        int enrolledBefore = api.get(range, staff).body().at("/total/enrolments/CORPORATE_NETBANK").asInt(0);
        String referrer = BranchesIT.newStaff(api, staff, "0101", "ACCOUNT_MANAGER")[0];   // a real staff member's code
        String adminPhone = Enterprises.newPhone();
        Map<String, Object> administrator = Map.of("loginName", "admin", "name", "张管理", "phone", adminPhone, "referrerCode", referrer);
        String accountManager = Enterprises.signIn(api, DemoData.ACCOUNT_MANAGER_USERNAME);
        assertThat(api.post("/api/v1/ops/enterprises/" + enterprise + "/administrator", staff, administrator).status())
                .as("staff01 keeps the staff directory (it could make itself a colleague): it does not ask").isEqualTo(403);
        Api.Reply requested = api.post("/api/v1/ops/enterprises/" + enterprise + "/administrator", accountManager, administrator);
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        assertThat(api.post("/api/v1/ops/administrator-requests/" + requested.body().get("requestId").asText() + "/confirmation",
                accountManager, null).status()).as("no one confirms their own request").isEqualTo(403);
        assertThat(api.get("/api/v1/ops/administrator-requests", staff).text()).contains(requested.body().get("requestId").asText());
        Api.Reply enrolled = Enterprises.confirmed(api, requested);
        assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(200);
        assertThat(enrolled.body().has("activationCode")).as("staff never see the administrator's activation code").isFalse();
        admin = Enterprises.activateAndSignIn(api, code, "admin", adminPhone, Enterprises.activationCode(api, staff, adminPhone, null),
                true);
        String adminToken = admin.token();

        Api.Reply me = api.get("/api/v1/corporate/me", adminToken);
        assertThat(me.body().get("enterpriseId").asText()).isEqualTo(enterprise);
        assertThat(me.body().get("role").asText()).isEqualTo("ADMIN");
        maker = Enterprises.operator(api, staff, admin, code, "maker1", "MAKER");
        String makerToken = maker.token();
        assertThat(api.post("/api/v1/corporate/operators", makerToken, Map.of("loginName", "maker2", "name", "越权", "phone", Enterprises.newPhone(),
                "role", "MAKER", "code", "123456")).status()).as("only the administrator enrols operators").isEqualTo(403);
        checker1 = Enterprises.operator(api, staff, admin, code, "checker1", "CHECKER");
        checker2 = Enterprises.operator(api, staff, admin, code, "checker2", "CHECKER");
        assertThat(api.get("/api/v1/corporate/operators", adminToken).body()).hasSize(4);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sms(api, staff, contactPhone)).contains("新增一名管理员")
                .contains("新增一名复核员，手机尾号" + checker2.phone().substring(7)).doesNotContainPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertThat(api.get("/api/v1/accounts", makerToken).status()).as("an operator's token is no person's").isEqualTo(403);
        assertThat(api.get("/api/v1/corporate/me", RunningSystem.signIn(api)).status()).as("a staff token is no operator's").isEqualTo(403);

        // the KPIs: the enterprise is one corporate netbank enrolment (its maker is none), active once an operator signed in,
        // and its referrer earns the corporate incentive
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode total = api.get(range, staff).body().get("total");
            assertThat(total.at("/enrolments/CORPORATE_NETBANK").asInt()).as("this enterprise, once").isEqualTo(enrolledBefore + 1);
            assertThat(new java.math.BigDecimal(total.at("/activationRate/CORPORATE_NETBANK").asText("0"))).isPositive();
            JsonNode reward = null;
            for (JsonNode r : total.get("referrals")) {
                if (r.get("referrerCode").asText().equals(referrer)) {
                    reward = r;
                }
            }
            assertThat(reward).as("the referrer's incentive").isNotNull();
            assertThat(reward.get("incentive").asText()).isEqualTo("200.00");
        });
    }

    @Test
    @Order(3)
    void aMakerEntersAPaymentTwoCheckersApproveWithTheirTokensAndItIsPaidOnceAndOneRejectedIsNot() {
        Api api = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        String account = settlement;
        Api.Reply accounts = api.get("/api/v1/corporate/accounts", maker.token());
        assertThat(accounts.body().findValuesAsText("accountId")).as("what the maker may pay from: the enterprise's account")
                .containsExactly(account);
        assertThat(accounts.body().findValuesAsText("accountNumber")).allSatisfy(number -> assertThat(number).contains("****"));
        assertThat(api.get("/api/v1/corporate/approval-rule", admin.token()).body().get("twoCheckersFrom").asText()).isEqualTo("50000.00");
        String payeeCard = Staff.newCard(Staff.newCustomer());

        Map<String, Object> body = Map.of("fromAccountId", account, "toAccountNumber", payeeCard, "toName", "收款人", "amount", "50000.00",
                "memo", "货款");
        // corporate-service hears of the new card through account-service's events
        Api.Reply quote = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/corporate/payments/quotes", maker.token(), body),
                reply -> reply.status() != 422);
        assertThat(quote.status()).as(quote.text()).isEqualTo(201);
        assertThat(quote.body().get("requiredApprovals").asInt()).as("from 50,000.00: two checkers").isEqualTo(2);
        String payment = quote.body().get("paymentId").asText();
        assertThat(api.post("/api/v1/corporate/payments", maker.token(), Map.of("quoteId", payment)).body().get("status").asText())
                .isEqualTo("PENDING_APPROVAL");
        assertThat(api.get("/api/v1/corporate/payments", checker1.token()).body().findValuesAsText("paymentId")).contains(payment);

        Api.Reply first = api.command("/api/v1/corporate/payments/" + payment + "/approval", checker1.token(), Map.of("code", checker1.nextCode()));
        assertThat(first.body().get("status").asText()).as(first.text()).isEqualTo("PENDING_APPROVAL");
        Api.Reply second = api.command("/api/v1/corporate/payments/" + payment + "/approval", checker2.token(), Map.of("code", checker2.nextCode()));
        assertThat(second.body().get("status").asText()).as(second.text()).isEqualTo("COMPLETED");
        assertThat(api.get("/api/v1/corporate/payments/" + payment, maker.token()).body().get("approvedBy")).hasSize(2);
        // each operator's step is in the audit trail, under who took it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode trail = api.get("/api/v1/ops/audit?subject=" + payment + "&limit=20", staff).body().path("items");
            assertThat(trail.findValuesAsText("actor")).contains(maker.operatorId(), checker1.operatorId(), checker2.operatorId());
            assertThat(trail.findValuesAsText("role")).containsOnly("OPERATOR");
            assertThat(trail.findValuesAsText("step")).contains("PaymentSubmitted", "PaymentApproved");
        });

        String small = api.post("/api/v1/corporate/payments/quotes", maker.token(), Map.of("fromAccountId", account,
                "toAccountNumber", payeeCard, "toName", "收款人", "amount", "100.00")).body().get("paymentId").asText();
        api.post("/api/v1/corporate/payments", maker.token(), Map.of("quoteId", small));
        Api.Reply rejected = api.post("/api/v1/corporate/payments/" + small + "/rejection", checker1.token(), Map.of("reason", "重复付款"));
        assertThat(rejected.body().get("status").asText()).as(rejected.text()).isEqualTo("REJECTED");

        assertThat(balances(api, staff).get(account)).as("the approved payment once, the rejected one not at all").isEqualTo("451000.00");

        // from an account with nothing on it: approved, and the ledger refuses it for funds; nothing moves
        String empty = api.send("POST", "/api/v1/ops/enterprises/" + enterprise + "/accounts", staff, Map.of("initialDeposit", "0"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).body().get("accountId").asText();
        String poor = api.post("/api/v1/corporate/payments/quotes", maker.token(), Map.of("fromAccountId", empty,
                "toAccountNumber", payeeCard, "toName", "收款人", "amount", "100.00")).body().get("paymentId").asText();
        api.post("/api/v1/corporate/payments", maker.token(), Map.of("quoteId", poor));
        Api.Reply failed = api.command("/api/v1/corporate/payments/" + poor + "/approval", checker1.token(), Map.of("code", checker1.nextCode()));
        assertThat(failed.body().get("status").asText()).as(failed.text()).isEqualTo("FAILED");
        assertThat(failed.body().get("reason").asText()).isEqualTo("INSUFFICIENT_FUNDS");

        // to other banks, through the clearing simulator: one settled, one the other bank sends back (its name says so)
        String settled = interbank(api, maker, account, "6222020200112233445", "外行供应商", "20000.00");
        String returned = interbank(api, maker, account, "6222020200112230000", "退回测试", "5000.00");
        for (String[] step : new String[][] {{settled, "COMPLETED"}, {returned, "RETURNED"}}) {
            Operator checker = step[0].equals(settled) ? checker2 : checker1;
            Api.Reply approved = api.command("/api/v1/corporate/payments/" + step[0] + "/approval", checker.token(),
                    Map.of("code", checker.nextCode()));
            assertThat(approved.body().get("status").asText()).as(approved.text()).isEqualTo("PENDING_CLEARING");
        }
        for (String[] step : new String[][] {{settled, "COMPLETED"}, {returned, "RETURNED"}}) {
            await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/corporate/payments/" + step[0], maker.token()).body()
                    .get("status").asText(), step[1]::equals);
        }
        assertThat(balances(api, staff).get(account))
                .as("the settled one with its interbank fee (10.00); the returned one's amount and fee came back").isEqualTo("430990.00");

        // every checker is told by SMS that a payment waits for them, and the maker how each one ended
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (Operator checker : List.of(checker1, checker2)) {
                assertThat(sms(api, staff, checker.phone())).as("the approval request").contains("50,000.00元待您复核，需2人复核");
            }
            assertThat(sms(api, staff, maker.phone())).as("the results").contains("50,000.00元，已复核并付款成功")
                    .contains("100.00元，复核人拒绝，资金未扣划").contains("付款未成功（余额不足）")
                    .contains("20,000.00元，已复核并提交他行，手续费10.00元").contains("5,000.00元，被收款行退回");
            assertThat(sms(api, staff, admin.phone())).as("the administrator neither makes nor checks").doesNotContain("付款");
        });
    }

    @Test
    @Order(4)
    void aThousandRowPayrollWithThreeBadRowsIsApprovedByTwoCheckersAndPaysEachGoodRowOnceThoughCorporateServiceDiesMidBatch() {
        Api api = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        String account = openAccount(api, staff, "1000000.00");

        // 20 employees, 50 rows each (salary, bonus, allowances…), and three rows that cannot be paid
        List<Staff.Person> people = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(Staff.newPerson());
            cards.add(Staff.newCard(people.get(i).customerId()));
        }
        StringBuilder csv = new StringBuilder("账号,户名,金额,附言\n");
        Map<Integer, BigDecimal> owed = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int row = 1; row <= 1000; row++) {
            int who = row % 20;
            if (row == 100) {
                csv.append(cards.get(who)).append(",冒名顶替,5000.00,工资\n");
            } else if (row == 500) {
                csv.append("6222999999999999999,查无此人,5000.00,工资\n");
            } else if (row == 900) {
                csv.append(cards.get(who)).append(',').append(people.get(who).name()).append(",12.345,工资\n");
            } else {
                BigDecimal amount = new BigDecimal(100 + row).add(new BigDecimal(row % 100).movePointLeft(2));
                csv.append(cards.get(who)).append(',').append(people.get(who).name()).append(',').append(amount.toPlainString())
                        .append(row % 2 == 0 ? ",\n" : ",11月工资\n");
                owed.merge(who, amount, BigDecimal::add);
                total = total.add(amount);
            }
        }
        // corporate-service hears of the new cards through account-service's events
        Api.Reply uploaded = await().atMost(Duration.ofSeconds(30)).until(() -> api.send("POST",
                "/api/v1/corporate/payroll-batches?fromAccountId=" + account + "&purpose=SALARY", maker.token(), csv.toString(),
                Map.of("Content-Type", "text/csv")), reply -> reply.status() != 201 || reply.body().get("validRows").asInt() == 997);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(uploaded.body().get("problems").findValuesAsText("reason")).containsExactly("NAME_MISMATCH", "UNKNOWN_ACCOUNT", "AMOUNT");
        assertThat(uploaded.body().get("total").asText()).isEqualTo(total.toPlainString());
        String batch = uploaded.body().get("batchId").asText();
        Api.Reply badHeader = api.send("POST", "/api/v1/corporate/payroll-batches?fromAccountId=" + account + "&purpose=SALARY",
                maker.token(), "card,who,how much\n", Map.of("Content-Type", "text/csv"));
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.isProblem()).isTrue();

        String payment = api.post("/api/v1/corporate/payroll-batches/" + batch + "/submission", maker.token(), null).body()
                .get("paymentId").asText();
        assertThat(api.get("/api/v1/corporate/payroll-batches", checker1.token()).body().findValuesAsText("batchId")).contains(batch);
        assertThat(api.command("/api/v1/corporate/payments/" + payment + "/approval", checker1.token(), Map.of("code", checker1.nextCode()))
                .body().get("status").asText()).as("from 50,000.00: two checkers").isEqualTo("PENDING_APPROVAL");
        assertThat(api.command("/api/v1/corporate/payments/" + payment + "/approval", checker2.token(), Map.of("code", checker2.nextCode()))
                .body().get("status").asText()).isEqualTo("COMPLETED");

        // paying out: corporate-service dies mid-batch, as a kill -9 would end it, and is started again
        LocalSystem system = RunningSystem.current().system();
        JsonNode midway = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/corporate/payroll-batches/" + batch, maker.token()).body(),
                        b -> b.path("paidRows").asInt() > 0);
        assertThat(midway.get("pendingRows").asInt()).as("caught mid-batch").isPositive();
        system.kill("corporate-service");
        system.startService("corporate-service");

        JsonNode done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get("/api/v1/corporate/payroll-batches/" + batch, maker.token()),
                        reply -> reply.status() == 200 && reply.body().get("status").asText().equals("COMPLETED")).body();
        assertThat(done.get("paidRows").asInt()).isEqualTo(997);
        assertThat(done.get("paidAmount").asText()).isEqualTo(total.toPlainString());
        assertThat(done.get("problems")).hasSize(3);
        for (int who = 0; who < 20; who++) {
            assertThat(Databases.strings("account", "select balance::text from account where card_number = '" + cards.get(who) + "'"))
                    .as("each employee's rows, once each, to the fen").containsExactly(owed.get(who).setScale(2).toPlainString());
        }
        assertThat(balances(api, staff).get(account)).as("the payer paid the 997 rows, nothing for the three")
                .isEqualTo(new BigDecimal("1000000.00").subtract(total).toPlainString());
        Api.Reply result = api.get("/api/v1/corporate/payroll-batches/" + batch + "/result", maker.token());
        assertThat(result.contentType()).startsWith("text/csv");
        assertThat(result.text().split("\r\n")).hasSize(1001);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sms(api, staff, people.get(1).phone())).as("the 动账 alert names the employer and the memo").contains(NAME + " 工资 11月工资"));
        String paidOut = "代发工资已完成：成功997笔共" + String.format(java.util.Locale.ROOT, "%,.2f", total) + "元。";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sms(api, staff, maker.phone()))
                .as("the maker is told the batch was paid out").contains(paidOut));
    }

    @Test
    @Order(5)
    void anAdministratorPoolsTwoAccountsIntoAMasterAndTheDaysSweepMovesWhatIsAboveEachMinimumOnce() {
        Api api = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        List<String> accounts = List.of(openAccount(api, staff, "0"), openAccount(api, staff, "80000.00"), openAccount(api, staff, "3000.00"));
        // how many checkers a payment needs is the administrator's to move, with their token's code (as a pool is)
        assertThat(api.get("/api/v1/corporate/approval-rule", admin.token()).body().get("twoCheckersFrom").asText()).isEqualTo("50000.00");
        Api.Reply rule = api.send("PUT", "/api/v1/corporate/approval-rule", admin.token(), Map.of("twoCheckersFrom", "30000.00",
                "code", admin.nextCode()), Map.of());
        assertThat(rule.status()).as(rule.text()).isEqualTo(200);
        assertThat(api.get("/api/v1/corporate/approval-rule", admin.token()).body().get("twoCheckersFrom").asText()).isEqualTo("30000.00");

        Api.Reply pool = api.post("/api/v1/corporate/cash-pools", admin.token(), Map.of("masterAccountId", accounts.get(0), "members",
                List.of(Map.of("accountId", accounts.get(1), "keepMinimum", "10000.00"), Map.of("accountId", accounts.get(2),
                        "keepMinimum", "5000.00")), "code", admin.nextCode()));
        assertThat(pool.status()).as(pool.text()).isEqualTo(201);
        String poolId = pool.body().get("poolId").asText();
        assertThat(api.get("/api/v1/corporate/cash-pools", admin.token()).body().findValuesAsText("poolId")).containsExactly(poolId);

        // staff run the latest business day's sweeps (every pool's in the system: the others' own runs are theirs to check)
        Api.Reply run = api.post("/api/v1/ops/cash-pools/sweeps", staff, null);
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        assertThat(java.time.LocalDate.parse(run.body().get("businessDay").asText()).getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        assertThat(api.post("/api/v1/ops/cash-pools/sweeps", staff, null).body().get("businessDay")).isEqualTo(run.body().get("businessDay"));

        Map<String, String> byAccount = balances(api, staff);
        assertThat(byAccount.get(accounts.get(0))).as("the day's sweep, once: 70,000.00 above the first minimum, none from the second")
                .isEqualTo("70000.00");
        assertThat(byAccount.get(accounts.get(1))).isEqualTo("10000.00");
        assertThat(byAccount.get(accounts.get(2))).isEqualTo("3000.00");
        assertThat(api.get("/api/v1/corporate/cash-pools/" + poolId + "/sweeps", admin.token()).body().findValuesAsText("status"))
                .containsExactlyInAnyOrder("SWEPT", "NOTHING");
    }

    @Test
    @Order(6)
    void operatorsStartedOverLoseTheirSessionsAndWhatTheyLeftPendingAndTheEnterpriseHearsOfEachReset() {
        Api api = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        // a payment awaiting its second checker when the first one's phone is lost
        String payeeCard = Staff.newCard(Staff.newCustomer());
        String pending = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/corporate/payments/quotes", maker.token(),
                Map.of("fromAccountId", settlement, "toAccountNumber", payeeCard, "toName", "收款人", "amount", "60000.00")),
                reply -> reply.status() != 422).body().get("paymentId").asText();
        assertThat(api.post("/api/v1/corporate/payments", maker.token(), Map.of("quoteId", pending)).status()).isEqualTo(200);
        assertThat(api.command("/api/v1/corporate/payments/" + pending + "/approval", checker2.token(), Map.of("code", checker2.nextCode()))
                .body().get("approvals").asInt()).isEqualTo(1);
        // and one of the maker's own awaiting its checker when the maker's phone is lost
        String makers = api.post("/api/v1/corporate/payments/quotes", maker.token(), Map.of("fromAccountId", settlement,
                "toAccountNumber", payeeCard, "toName", "收款人", "amount", "100.00")).body().get("paymentId").asText();
        assertThat(api.post("/api/v1/corporate/payments", maker.token(), Map.of("quoteId", makers)).status()).isEqualTo(200);

        // a checker who lost their token is started over by the administrator (with their own token's code), the
        // administrator by staff: each new activation code goes to the operator's own phone alone, never to whoever asked
        String checkerCode = Enterprises.activationCode(api, staff, checker2.phone(), null);
        Api.Reply checkerReset = api.post("/api/v1/corporate/operators/" + checker2.operatorId() + "/reset", admin.token(),
                Map.of("code", admin.nextCode()));
        assertThat(checkerReset.status()).as(checkerReset.text()).isEqualTo(200);
        assertThat(checkerReset.body().has("activationCode")).isFalse();
        // …which ends the checker's session at once (a stolen one is why one starts them over); the administrator's goes on
        assertThat(api.get("/api/v1/corporate/me", checker2.token()).status()).as("the checker's token of before").isEqualTo(401);
        assertThat(api.get("/api/v1/corporate/me", admin.token()).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/v1/messages", checker2.token()).status())
                .as("nor does it read the checker's messages, once the message centre hears of the reset").isEqualTo(401));
        // what the lost checker approved no longer counts: the payment waits for two checkers again, and its maker knows
        JsonNode waiting = api.get("/api/v1/corporate/payments/" + pending, maker.token()).body();
        assertThat(waiting.get("status").asText()).isEqualTo("PENDING_APPROVAL");
        assertThat(waiting.get("approvedBy")).isEmpty();
        assertThat(api.command("/api/v1/corporate/payments/" + pending + "/approval", checker1.token(), Map.of("code", checker1.nextCode()))
                .body().get("status").asText()).as("one checker is not enough").isEqualTo("PENDING_APPROVAL");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sms(api, staff, maker.phone()))
                .contains("60,000.00元，一位复核人的登录已重置，其复核已撤销，需重新复核（已复核0/2人）"));
        // the maker started over: their payment awaiting approval is withdrawn, and they are told
        Api.Reply makerReset = api.post("/api/v1/corporate/operators/" + maker.operatorId() + "/reset", admin.token(),
                Map.of("code", admin.nextCode()));
        assertThat(makerReset.status()).as(makerReset.text()).isEqualTo(200);
        JsonNode withdrawn = api.get("/api/v1/corporate/payments/" + makers, checker1.token()).body();
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.command("/api/v1/corporate/payments/" + makers + "/approval", checker1.token(), Map.of("code", checker1.nextCode()))
                .status()).as("nothing left to approve").isEqualTo(409);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sms(api, staff, maker.phone()))
                .contains("100.00元，因您的企业网银登录已重置而撤回，资金未扣划"));
        String adminCode = Enterprises.activationCode(api, staff, admin.phone(), null);
        Api.Reply adminReset = Enterprises.confirmed(api, api.post("/api/v1/ops/enterprises/" + enterprise + "/administrator/reset",
                Enterprises.signIn(api, DemoData.ACCOUNT_MANAGER_USERNAME), null));
        assertThat(adminReset.body().has("activationCode")).as(adminReset.text()).isFalse();
        assertThat(api.get("/api/v1/corporate/me", admin.token()).status()).as("the administrator's token of before").isEqualTo(401);
        assertThat(Enterprises.activationCode(api, staff, checker2.phone(), checkerCode)).isNotEqualTo(checkerCode);
        assertThat(Enterprises.activationCode(api, staff, admin.phone(), adminCode)).isNotEqualTo(adminCode);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("/api/v1/ops/audit?action=OPERATOR_RESET&subject=" + checker2.operatorId(), staff).body()
                    .findValuesAsText("actor")).as("the administrator started the checker over").containsExactly(admin.operatorId());
            assertThat(api.get("/api/v1/ops/audit?action=OPERATOR_RESET&subject=" + admin.operatorId(), staff).body()
                    .findValuesAsText("actor")).as("staff02 asked to start the administrator over, the branch's manager confirmed it")
                    .containsExactly(DemoData.MANAGER_USERNAME);
        });
        // …and the enterprise hears of every login started over (as of every operator enrolled), and never of a code: a
        // takeover nobody at the enterprise asked for does not go unseen
        // (the local phone keeps a number's last 20 messages: the enrolments were checked as they happened)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sms(api, staff, contactPhone))
                .contains("复核员的登录已于").contains("管理员的登录已于").doesNotContainPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertThat(balances(api, staff).get(settlement)).as("nothing moved").isEqualTo("430990.00");
    }

    /** A new settlement account of the walk's enterprise, opened by staff with its deposit: its id. */
    private static String openAccount(Api api, String staff, String deposit) {
        Api.Reply opened = api.send("POST", "/api/v1/ops/enterprises/" + enterprise + "/accounts", staff, Map.of("initialDeposit", deposit),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.body().get("accountId").asText();
    }

    /** The walk's enterprise's balances by account id, as staff see them. */
    private static Map<String, String> balances(Api api, String staff) {
        Map<String, String> byAccount = new HashMap<>();
        api.get("/api/v1/ops/enterprises/" + enterprise + "/accounts", staff).body()
                .forEach(account -> byAccount.put(account.get("accountId").asText(), account.get("balance").asText()));
        return byAccount;
    }

    /** A maker's payment to another bank's account, quoted and submitted. */
    private static String interbank(Api api, Operator maker, String account, String number, String name, String amount) {
        Api.Reply quote = api.post("/api/v1/corporate/payments/quotes", maker.token(), Map.of("fromAccountId", account,
                "toAccountNumber", number, "toBankCode", "ICBC", "toName", name, "amount", amount));
        assertThat(quote.status()).as(quote.text()).isEqualTo(201);
        String payment = quote.body().get("paymentId").asText();
        assertThat(api.post("/api/v1/corporate/payments", maker.token(), Map.of("quoteId", payment)).status()).isEqualTo(200);
        return payment;
    }
}
