package org.ebank.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.ebank.contracts.corporate.CashSwept;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.PayrollDisbursed;
import org.ebank.contracts.ledger.PayeeNameAnswer;
import org.ebank.contracts.ledger.PayeeNameCheck;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.payroll.application.DisbursePayroll;
import org.ebank.corporate.payroll.application.PayeeNames;
import org.ebank.corporate.payroll.application.PayrollRepository;
import org.ebank.corporate.pooling.application.CashPoolRepository;
import org.ebank.corporate.pooling.application.SweepCashPools;
import org.ebank.corporate.pooling.domain.CashPool;
import org.ebank.corporate.pooling.domain.Sweep;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.testing.AccountServiceFixture;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * Payroll batches (代发) and cash pools (资金归集) against the real ledger (one context and one ledger for both): every row checked at upload (form, account, the holder's name), the
 * valid rows' total approved as one payment and moved to the disbursement account, each row then posted once — also
 * when a pass died after the ledger took a row — and what the ledger refused given back to the payer to the fen. A
 * cash pool, set up by the administrator with their token's code over the enterprise's own accounts, sweeps each business
 * day what a member holds above its minimum to the master once — run twice, by two instances at once, or after a crash
 * between the decision and the posting, it sweeps no more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(Corporates.TokenTime.class)
class PayrollAndCashPoolIT {

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, PayrollAndCashPoolIT.class);
        accounts = AccountServiceFixture.start(namespace);
        registry.add("ebank.account.url", accounts::url);
        registry.add("ebank.corporate.housekeeping-interval", () -> "1h");
        registry.add("ebank.corporate.payroll-interval", () -> "1h");
        registry.add("ebank.corporate.payroll.daily-rows", () -> "6000");
        registry.add("ebank.corporate.sweep-cron", () -> "-");
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
    Topics topics;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    DisbursePayroll disburse;
    @Autowired
    PayrollRepository batches;
    @Autowired
    Ledger ledger;
    @Autowired
    PayeeNames payeeNames;
    @Autowired
    SweepCashPools sweeps;
    @Autowired
    CashPoolRepository pools;

    @Autowired
    Corporates corporates;

    private Corporates.Enterprise enterprise;
    private String account;
    private String accountNumber;
    private String othersNumber;
    private Corporates.Operator maker;
    private Corporates.Operator checker;

    @BeforeAll
    void anEnterpriseWithAnAccountAMakerAndAChecker() {
        // a 5,000-row report is larger than a client reads by default
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
        enterprise = corporates.register("广州代发测试有限公司");
        JsonNode opened = corporates.openAccount(enterprise, "100000.00");
        account = opened.get("accountId").asText();
        accountNumber = opened.get("accountNumber").asText();
        Corporates.Enterprise other = corporates.register("别家公司");
        JsonNode others = corporates.openAccount(other, "0");
        String othersAccount = others.get("accountId").asText();
        othersNumber = others.get("accountNumber").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from payee_account where account_id in ('" + account
                + "', '" + othersAccount + "')") == 2);
        maker = corporates.enrol(enterprise, "maker1", "MAKER");
        checker = corporates.enrol(enterprise, "chk1", "CHECKER");
    }

    @Test
    void aBatchIsCheckedRowByRowApprovedAsOnePaymentAndEachValidRowPaidOnceWhatFailsGoesBack() {
        AccountServiceFixture.Card a = payee();
        AccountServiceFixture.Card b = payee();
        AccountServiceFixture.Card c = payee();
        String csv = "account,name,amount,memo\n"
                + a.cardNumber() + "," + a.holderName() + ",1000.00,\n"
                + b.cardNumber() + "," + b.holderName() + ",2000.50,十一月工资\n"
                + a.cardNumber() + ",\"" + a.holderName() + "\",0.01,补发\n"
                + c.cardNumber() + ",错名,100.00,\n"
                + "6222999999999999999,某人,10.00,\n"
                + b.cardNumber() + "," + b.holderName() + ",-5.00,\n"
                + b.cardNumber() + "," + b.holderName() + ",1.005,\n"
                + othersNumber + ",别家公司,5.00,\n"
                + accountNumber + ",广州代发测试有限公司,5.00,\n"
                + c.cardNumber() + "," + c.holderName() + ",300.00,\n";

        JsonNode uploaded = upload(csv, "SALARY").expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(uploaded.get("status").asText()).isEqualTo("VALIDATED");
        assertThat(uploaded.get("rows").asInt()).isEqualTo(10);
        assertThat(uploaded.get("validRows").asInt()).isEqualTo(4);
        assertThat(uploaded.get("total").asText()).as("the valid rows' total").isEqualTo("3300.51");
        assertThat(uploaded.get("problems").findValuesAsText("reason")).containsExactly("NAME_MISMATCH", "UNKNOWN_ACCOUNT", "AMOUNT",
                "AMOUNT", "NOT_PERSONAL_ACCOUNT", "NOT_PERSONAL_ACCOUNT");
        assertThat(uploaded.get("problems").findValuesAsText("row")).containsExactly("4", "5", "6", "7", "8", "9");
        assertThat(uploaded.get("problems").get(0).get("message").asText()).isEqualTo("户名与账户不符");
        assertThat(uploaded.toString()).as("no account number comes back, nor the holder's name behind a mismatch")
                .doesNotContain(a.cardNumber()).doesNotContain(c.cardNumber()).doesNotContain(c.holderName());
        String batch = uploaded.get("batchId").asText();
        assertThat(count("select count(*) from payroll_row where batch_id = '" + batch + "' and (last_four like '%" + a.cardNumber()
                + "%' or name like '%" + a.cardNumber() + "%')")).as("no row keeps a whole number").isZero();
        // the account of row 10 is closed after the upload: the ledger will refuse it
        db.sql("update payroll_row set account_id = 'acc-closed' where batch_id = :batch and row_no = 10").bind("batch", batch).then().block();

        JsonNode submitted = submit(batch).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        String payment = submitted.get("paymentId").asText();
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submit(batch).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("paymentId").asText())
                .as("submitting again: the same payment").isEqualTo(payment);
        web.get().uri("/api/v1/corporate/payments/{id}", payment).headers(h -> h.setBearerAuth(checker.token())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.kind").isEqualTo("PAYROLL").jsonPath("$.amount").isEqualTo("3300.51").jsonPath("$.fee").isEqualTo("0.00")
                .jsonPath("$.payee").isEqualTo("代发").jsonPath("$.payeeName").isEqualTo("代发工资 4笔")
                .jsonPath("$.status").isEqualTo("PENDING_APPROVAL");
        approve(payment, maker, "000000").expectStatus().isForbidden();
        approve(payment, checker, corporates.nextCode(checker)).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("COMPLETED");
        assertThat(balance(account)).as("the total moved off the payer at once").isEqualByComparingTo("96699.49");

        // a pass that died after the ledger took row 1, before it wrote that down: row 1 is still pending here…
        var row1 = batches.rows(batch).blockFirst();
        assertThat(ledger.post(DisbursePayroll.posting(batches.find(batch, enterprise.id()).block(), row1)).block().isRecorded()).isTrue();
        assertThat(balance(a.accountId())).isEqualByComparingTo("1000.00");
        // …and the next pass posts it again under the same id: the ledger answers what it recorded, and pays nothing twice
        disburse.advance().block();

        assertThat(balance(a.accountId())).as("rows 1 and 3, once each").isEqualByComparingTo("1000.01");
        assertThat(balance(b.accountId())).isEqualByComparingTo("2000.50");
        assertThat(balance(c.accountId())).as("refused: nothing arrived").isEqualByComparingTo("0.00");
        assertThat(balance(account)).as("row 10's 300.00 back with the payer").isEqualByComparingTo("96999.49");
        JsonNode done = web.get().uri("/api/v1/corporate/payroll-batches/{id}", batch).headers(h -> h.setBearerAuth(checker.token()))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("paidRows").asInt()).isEqualTo(3);
        assertThat(done.get("paidAmount").asText()).isEqualTo("3000.51");
        assertThat(done.get("failedRows").asInt()).isEqualTo(1);
        assertThat(done.get("returnedAmount").asText()).isEqualTo("300.00");
        assertThat(done.get("pendingRows").asInt()).isZero();

        String result = web.get().uri("/api/v1/corporate/payroll-batches/{id}/result", batch).headers(h -> h.setBearerAuth(maker.token()))
                .exchange().expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(result).startsWith("\uFEFFrow,account,name,amount,memo,status,reason,message\r\n");
        assertThat(result.split("\r\n")).hasSize(11);
        assertThat(result).contains("\"尾号" + a.cardNumber().substring(a.cardNumber().length() - 4) + "\",\"" + a.holderName()
                + "\",\"1000.00\",\"\",\"PAID\"").contains("\"300.00\",\"\",\"FAILED\",\"REFUSED_BY_LEDGER\"").doesNotContain(a.cardNumber());

        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.PAYMENT), 1,
                r -> r.key().equals(payment) && r.value().contains(CorporateTopics.PAYROLL_DISBURSED), Duration.ofSeconds(30));
        PayrollDisbursed disbursed = codec.data(codec.read(events.get(0).value()), PayrollDisbursed.class);
        assertThat(disbursed.paidRows()).isEqualTo(3);
        assertThat(disbursed.paid()).isEqualByComparingTo("3000.51");
        assertThat(disbursed.returned()).isEqualByComparingTo("300.00");
        disburse.advance().block();
        assertThat(balance(account)).as("a finished batch pays nothing more").isEqualByComparingTo("96999.49");
    }

    @Test
    void aFileThatCannotBeAPayrollIsRefusedWholeWithItsReasonAndNothingIsKept() {
        long before = count("select count(*) from payroll_batch");
        upload("card,name,amount,memo\n6222020200112233445,张三,1.00,\n", "SALARY").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
        upload("account,name,amount,memo\n6222020200112233445,张三,1.00,工资\n".getBytes(Charset.forName("GBK")), "SALARY")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("UTF-8"));
        StringBuilder big = new StringBuilder("account,name,amount,memo\n");
        for (int i = 0; i <= 5000; i++) {
            big.append("62220202001122").append(String.format("%05d", i)).append(",张三,1.00,\n");
        }
        upload(big.toString(), "SALARY").expectStatus().isBadRequest().expectBody().jsonPath("$.detail").value(detail ->
                assertThat(detail.toString()).contains("5000"));
        upload("account,name,amount,memo\n", "SALARY").expectStatus().isBadRequest();
        upload("account,name,amount,memo\n6222020200112233445,张三,1.00,\n", "BONUS").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("purpose");
        web.post().uri("/api/v1/corporate/payroll-batches?fromAccountId={a}&purpose=SALARY", account)
                .headers(h -> h.setBearerAuth(checker.token())).contentType(MediaType.valueOf("text/csv"))
                .bodyValue("account,name,amount,memo\n6222020200112233445,张三,1.00,\n").exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/corporate/payroll-batches?fromAccountId={a}&purpose=SALARY", "cacc_not_ours")
                .headers(h -> h.setBearerAuth(maker.token())).contentType(MediaType.valueOf("text/csv"))
                .bodyValue("account,name,amount,memo\n6222020200112233445,张三,1.00,\n").exchange().expectStatus().isNotFound();
        assertThat(count("select count(*) from payroll_batch")).as("none of these kept a batch").isEqualTo(before);

        String nothingValid = upload("account,name,amount,memo\n6222999999999999999,某人,1.00,\n", "PENSION").expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("batchId").asText();
        submit(nothingValid).expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").value(type ->
                assertThat(type.toString()).endsWith("/batch-empty"));
        upload("account,name,amount,memo\n6222999999999999999,某人,1.00,\n", "PENSION").expectStatus().isCreated()
                .expectBody().jsonPath("$.duplicateOf").isEqualTo(nothingValid);
    }

    @Test
    void anEnterpriseChecksAtMostADaysRowsSoTheNameCheckIsNoWayToFindOutWhoHoldsAnAccount() {
        StringBuilder full = new StringBuilder("account,name,amount,memo\n");
        for (int i = 0; i < 5000; i++) {
            full.append("62229999").append(String.format("%011d", i)).append(",某人").append(i).append(",1.00,\n");
        }
        JsonNode first = upload(full.toString(), "SALARY").expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(first.get("rows").asInt()).isEqualTo(5000);
        assertThat(first.get("problems")).hasSize(5000);

        upload(full.toString(), "SALARY").expectStatus().isEqualTo(429).expectBody().jsonPath("$.type").value(type ->
                assertThat(type.toString()).endsWith("/payroll-daily-limit"));
    }

    @Test
    void aRejectedBatchPaysNobodyAndAnotherEnterpriseSeesNothingOfIt() {
        AccountServiceFixture.Card a = payee();
        String batch = upload("account,name,amount,memo\n" + a.cardNumber() + "," + a.holderName() + ",50.00,\n", "PENSION")
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("batchId").asText();
        String payment = submit(batch).expectBody(JsonNode.class).returnResult().getResponseBody().get("paymentId").asText();
        BigDecimal before = balance(account);
        Corporates.Enterprise stranger = corporates.register("无关公司");
        corporates.openAccount(stranger, "0");
        String strangerToken = corporates.enrol(stranger, "chk1", "CHECKER").token();
        web.get().uri("/api/v1/corporate/payroll-batches/{id}", batch).headers(h -> h.setBearerAuth(strangerToken)).exchange()
                .expectStatus().isNotFound();

        corporates.post("/api/v1/corporate/payments/" + payment + "/rejection", checker.token(), Map.of("reason", "名单有误"))
                .expectStatus().isOk();
        disburse.advance().block();

        web.get().uri("/api/v1/corporate/payroll-batches/{id}", batch).headers(h -> h.setBearerAuth(maker.token())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.reason").isEqualTo("REJECTED 名单有误").jsonPath("$.paidRows").isEqualTo(0);
        assertThat(balance(account)).isEqualByComparingTo(before);
        assertThat(balance(a.accountId())).isEqualByComparingTo("0.00");
    }

    @Test
    void namesAreCheckedInTurnsOfTwoHundredAndAnsweredInTheirOrder() {
        AccountServiceFixture.Card a = payee();
        List<PayeeNameCheck.Payee> payees = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            payees.add(new PayeeNameCheck.Payee("acc-none-" + i, "某人"));
        }
        payees.add(new PayeeNameCheck.Payee(a.accountId(), a.holderName()));
        payees.add(new PayeeNameCheck.Payee(a.accountId(), "别人"));

        List<PayeeNameAnswer.Match> matches = payeeNames.check(payees).block();

        assertThat(matches).hasSize(1202);
        assertThat(matches.subList(0, 1200)).containsOnly(PayeeNameAnswer.Match.UNKNOWN_ACCOUNT);
        assertThat(matches.subList(1200, 1202)).containsExactly(PayeeNameAnswer.Match.MATCH, PayeeNameAnswer.Match.MISMATCH);
    }

    @Test
    void eachBusinessDayTheBalanceAboveEachMinimumIsSweptToTheMasterOnceHoweverOftenTheDayRuns() {
        Corporates.Enterprise enterprise = corporates.register("广州归集测试有限公司");
        String master = corporates.openAccount(enterprise, "0").get("accountId").asText();
        String rich = corporates.openAccount(enterprise, "10000.00").get("accountId").asText();
        String poor = corporates.openAccount(enterprise, "500.00").get("accountId").asText();
        String spare = corporates.openAccount(enterprise, "0").get("accountId").asText();
        Corporates.Operator admin = corporates.administrator(enterprise);
        Map<String, Object> pool = Map.of("masterAccountId", master, "members", List.of(Map.of("accountId", rich, "keepMinimum", "1000.00"),
                Map.of("accountId", poor, "keepMinimum", "1000.00")));

        corporates.post("/api/v1/corporate/cash-pools", admin.token(), with(pool, "code", corporates.wrongCode(admin))).expectStatus().isEqualTo(422);
        corporates.post("/api/v1/corporate/cash-pools", corporates.enrol(enterprise, "maker1", "MAKER").token(), with(pool, "code", "123456"))
                .expectStatus().isForbidden();
        corporates.post("/api/v1/corporate/cash-pools", admin.token(), Map.of("masterAccountId", master, "members",
                List.of(Map.of("accountId", master, "keepMinimum", "0")), "code", "123456")).expectStatus().isBadRequest();
        Corporates.Enterprise other = corporates.register("别家归集公司");
        String othersAccount = corporates.openAccount(other, "5000.00").get("accountId").asText();
        corporates.post("/api/v1/corporate/cash-pools", admin.token(), Map.of("masterAccountId", master, "members",
                List.of(Map.of("accountId", othersAccount, "keepMinimum", "0")), "code", "123456")).expectStatus().isNotFound();
        // the same code sent twice at once: one pool, and the other request is told the code was used
        String code = corporates.nextCode(admin);
        List<CompletableFuture<EntityExchangeResult<JsonNode>>> twice = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() ->
                corporates.post("/api/v1/corporate/cash-pools", admin.token(), with(pool, "code", code)).expectBody(JsonNode.class)
                        .returnResult())).toList();
        List<EntityExchangeResult<JsonNode>> answers = twice.stream().map(CompletableFuture::join).toList();
        // the other waits for the code's lock and finds it used, or comes after the first committed and finds the accounts pooled
        assertThat(answers).extracting(answer -> answer.getStatus().value()).containsOnlyOnce(201);
        JsonNode created = answers.stream().filter(answer -> answer.getStatus().value() == 201).findFirst().orElseThrow().getResponseBody();
        assertThat(answers.stream().filter(answer -> answer.getStatus().value() != 201).findFirst().orElseThrow().getResponseBody()
                .get("type").asText()).matches(".*/(token-code-used|account-pooled)");
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

        // an earlier day's run stopped after deciding 2,000.00 and posting it, before writing that down; the next day's run
        // finishes it as decided (the ledger answers the posting it holds), then sweeps its own day
        accounts.deposit(rich, "2000.00");
        LocalDate earlier = day.minusDays(3);
        db.sql("insert into cash_sweep (pool_id, business_day, account_id, amount, status, decided_at) values (:pool, :day, :account, 2000.00, 'DECIDED', now())")
                .bind("pool", poolId).bind("day", earlier).bind("account", rich).then().block();
        CashPool kept = pools.find(poolId, enterprise.id()).block();
        assertThat(ledger.post(SweepCashPools.posting(kept, new Sweep(poolId, earlier, rich, Money.of("2000.00"), Sweep.Status.DECIDED, null)))
                .block().isRecorded()).isTrue();
        accounts.deposit(rich, "300.00");
        sweeps.sweep(day.plusDays(1)).block();
        assertThat(balance(rich)).as("2,000.00 once, then the 300.00 above the minimum").isEqualByComparingTo("1000.00");
        assertThat(balance(master)).isEqualByComparingTo("11300.00");

        JsonNode swept = web.get().uri("/api/v1/corporate/cash-pools/{id}/sweeps", poolId).headers(h -> h.setBearerAuth(admin.token()))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(swept.findValuesAsText("businessDay")).containsExactly("2026-12-01", "2026-12-01", "2026-11-30", "2026-11-30", "2026-11-27");
        assertThat(swept.findValuesAsText("status")).containsExactlyInAnyOrder("SWEPT", "NOTHING", "SWEPT", "NOTHING", "SWEPT");
        assertThat(swept.findValuesAsText("amount")).containsExactlyInAnyOrder("300.00", "0.00", "9000.00", "0.00", "2000.00");
        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.PAYMENT), 3,
                r -> r.key().equals(poolId), Duration.ofSeconds(30));
        assertThat(events).extracting(r -> codec.data(codec.read(r.value()), CashSwept.class).amount())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("9000.00"), new BigDecimal("2000.00"), new BigDecimal("300.00"));
        web.get().uri("/api/v1/corporate/cash-pools/{id}/sweeps", poolId)
                .headers(h -> h.setBearerAuth(corporates.administrator(other).token())).exchange().expectStatus().isNotFound();
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private AccountServiceFixture.Card payee() {
        return accounts.openCard(id -> count("select count(*) from payee_account where account_id = '" + id + "'") == 1,
                "STANDARD", "440100", "0", null);
    }

    private WebTestClient.ResponseSpec upload(String csv, String purpose) {
        return upload(csv.getBytes(StandardCharsets.UTF_8), purpose);
    }

    private WebTestClient.ResponseSpec upload(byte[] file, String purpose) {
        return web.post().uri("/api/v1/corporate/payroll-batches?fromAccountId={a}&purpose={p}", account, purpose)
                .headers(h -> h.setBearerAuth(maker.token())).contentType(MediaType.valueOf("text/csv"))
                .bodyValue(file).exchange();
    }

    private WebTestClient.ResponseSpec submit(String batch) {
        return web.post().uri("/api/v1/corporate/payroll-batches/{id}/submission", batch).headers(h -> h.setBearerAuth(maker.token()))
                .exchange();
    }

    private WebTestClient.ResponseSpec approve(String payment, Corporates.Operator operator, String code) {
        return web.post().uri("/api/v1/corporate/payments/{id}/approval", payment)
                .headers(h -> {
                    h.setBearerAuth(operator.token());
                    h.set("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("code", code)).exchange();
    }

    private BigDecimal balance(String accountId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> accounts.balance(accountId, namespace), b -> b != null);
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }
}
