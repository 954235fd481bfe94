package org.ebank.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.clearing.ClearingSimulator;
import org.ebank.contracts.audit.AuditTopics;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.corporate.payment.application.PaymentHousekeeping;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
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
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Maker-checker payments against the real ledger: one checker below 50,000.00 and two different ones from it, each
 * approval with the checker's dynamic token code, the money posted once after the last; refusals as a fraudster would
 * try them; the ledger's refusal for funds; expiry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(Corporates.TokenTime.class)
class PaymentIT {

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;
    private static ClearingSimulator clearing;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) throws java.io.IOException {
        namespace = ServiceTest.register(registry, PaymentIT.class);
        accounts = AccountServiceFixture.start(namespace);
        clearing = ClearingSimulator.start(0, Duration.ofMillis(300));
        registry.add("ebank.account.url", accounts::url);
        registry.add("ebank.clearing.url", clearing::url);
        registry.add("ebank.clearing.poll-interval", () -> "500ms");
        registry.add("ebank.corporate.housekeeping-interval", () -> "1h");
    }

    @AfterAll
    static void stop() {
        accounts.close();
        clearing.close();
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
    PaymentHousekeeping housekeeping;
    @Autowired
    Corporates corporates;

    private Corporates.Enterprise ours;
    private String enterprise;
    private String account;
    private String poorAccount;
    private String othersAccount;
    private Corporates.Operator othersChecker;
    private String accountNumber;
    private String maker;
    private final Map<String, Corporates.Operator> checkers = new HashMap<>();

    @BeforeAll
    void anEnterpriseWithAccountsAMakerAndSixCheckers() throws Exception {
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        ours = corporates.register("广州付款测试有限公司");
        enterprise = ours.id();
        JsonNode opened = corporates.openAccount(ours, "200000.00");
        account = opened.get("accountId").asText();
        accountNumber = opened.get("accountNumber").asText();
        poorAccount = corporates.openAccount(ours, "100.00").get("accountId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from payee_account where account_id = '" + account + "'") == 1);
        Corporates.Enterprise others = corporates.register("别家公司");
        othersAccount = corporates.openAccount(others, "5000.00").get("accountId").asText();
        othersChecker = corporates.enrol(others, "chk1", "CHECKER");
        maker = corporates.enrol(ours, "maker1", "MAKER").id();
        for (String name : List.of("chk1", "chk2", "chk3", "chk4", "chk5", "chk6")) {
            checkers.put(name, corporates.enrol(ours, name, "CHECKER"));
        }
    }

    @Test
    void anOperatorReadsTheirOwnEnterprisesAccountsWithTheirNumbersMaskedAndNoOtherEnterprises() {
        JsonNode ourAccounts = corporates.get("/api/v1/corporate/accounts", checkers.get("chk1").token()).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(ourAccounts.findValuesAsText("accountId")).containsExactlyInAnyOrder(account, poorAccount);
        assertThat(ourAccounts.findValuesAsText("accountNumber")).doesNotContain(accountNumber)
                .contains(accountNumber.substring(0, 4) + " **** **** ***" + accountNumber.substring(accountNumber.length() - 4));
        assertThat(ourAccounts.findValuesAsText("balance")).allSatisfy(balance -> assertThat(balance).matches("\\d+\\.\\d{2}"));
        JsonNode theirs = corporates.get("/api/v1/corporate/accounts", othersChecker.token()).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(theirs.findValuesAsText("accountId")).containsExactly(othersAccount);
        corporates.get("/api/v1/corporate/accounts", TestJwts.customer("cus_1", "NETBANK")).expectStatus().isForbidden();
        corporates.get("/api/v1/corporate/accounts", TestJwts.staff("staff01")).expectStatus().isForbidden();
    }

    @Test
    void belowFiftyThousandOneCheckersApprovalPostsThePaymentOnceAndFree() {
        String payee = payeeCard("440100");
        JsonNode quote = quote(Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "李四", "amount", "1000.00",
                "memo", "货款")).expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(quote.get("fee").asText()).as("same region: free").isEqualTo("0.00");
        assertThat(quote.get("requiredApprovals").asInt()).isEqualTo(1);
        assertThat(quote.get("status").asText()).isEqualTo("QUOTED");
        String payment = quote.get("paymentId").asText();
        BigDecimal before = balance(account);
        submit(payment).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PENDING_APPROVAL");
        // submitting again changes nothing
        submit(payment).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PENDING_APPROVAL");

        String key = UUID.randomUUID().toString();
        String code = nextCode("chk1");
        approve(payment, "chk1", code, key).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("COMPLETED");
        // a retry under the same key gets the first answer, and spends nothing more
        approve(payment, "chk1", code, key).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("COMPLETED");
        assertThat(balance(account)).as("the amount once, no fee").isEqualByComparingTo(before.subtract(new BigDecimal("1000.00")));
        assertThat(balance(payeeAccounts.get(payee))).isEqualByComparingTo("1000.00");

        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.PAYMENT), 3,
                r -> r.key().equals(payment), Duration.ofSeconds(30));
        assertThat(events).extracting(r -> codec.read(r.value()).type()).containsExactly(CorporateTopics.PAYMENT_SUBMITTED,
                CorporateTopics.PAYMENT_APPROVED, CorporateTopics.PAYMENT_COMPLETED);
        assertThat(events.toString()).as("the payee's number never travels").doesNotContain(payee);
    }

    @Test
    void fromFiftyThousandTwoDifferentCheckersAndNeitherTheMakerNorAnotherEnterpriseNorOneCheckerTwice() {
        String payee = payeeCard("110000");
        JsonNode quote = quote(Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "王五", "amount", "60000.00"))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(quote.get("fee").asText()).as("across regions: 0.5 %, at most 50.00").isEqualTo("50.00");
        assertThat(quote.get("requiredApprovals").asInt()).isEqualTo(2);
        String payment = quote.get("paymentId").asText();
        submit(payment).expectStatus().isOk();
        BigDecimal before = balance(account);

        approve(payment, "chk2", nextCode("chk2"), UUID.randomUUID().toString()).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PENDING_APPROVAL").jsonPath("$.approvals").isEqualTo(1);
        approve(payment, "chk2", "123456", UUID.randomUUID().toString()).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/already-approved");
        web.post().uri("/api/v1/corporate/payments/{id}/approval", payment)
                .headers(h -> {
                    h.setBearerAuth(TestJwts.operator(maker, enterprise, "MAKER"));
                    h.set("Idempotency-Key", UUID.randomUUID().toString());
                }).bodyValue(Map.of("code", "123456")).exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/corporate/payments/{id}/approval", payment)
                .headers(h -> {
                    h.setBearerAuth(othersChecker.token());
                    h.set("Idempotency-Key", UUID.randomUUID().toString());
                }).bodyValue(Map.of("code", "123456")).exchange().expectStatus().isNotFound();
        String right = nextCode("chk3");
        String wrong = "000000".equals(right) ? "111111" : "000000";
        web.post().uri("/api/v1/corporate/payments/{id}/approval", payment)
                .headers(h -> {
                    h.setBearerAuth(TestJwts.operator(checkers.get("chk3").id(), enterprise, "CHECKER"));
                    h.set("Idempotency-Key", UUID.randomUUID().toString());
                }).bodyValue(Map.of("code", wrong)).exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/token-code-wrong");
        assertThat(balance(account)).as("nothing moved before the second approval").isEqualByComparingTo(before);

        approve(payment, "chk3", right, UUID.randomUUID().toString()).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("COMPLETED").jsonPath("$.approvedBy.length()").isEqualTo(2);
        assertThat(balance(payeeAccounts.get(payee))).isEqualByComparingTo("60000.00");
        assertThat(balance(account)).as("the amount and the fee, once").isEqualByComparingTo(before.subtract(new BigDecimal("60050.00")));
        assertThat(count("select count(*) from payment where id = '" + payment + "' and status = 'COMPLETED'")).isOne();
    }

    /**
     * To other banks: the interbank tariff by the amount's tier; approved, the amount waits in the clearing account until
     * the network settles it; one the other bank sends back is reversed, amount and fee back with the payer.
     */
    @Test
    void aPaymentToAnotherBankWaitsInClearingUntilSettledAndOneReturnedGivesAmountAndFeeBack() {
        JsonNode quote = quote(Map.of("fromAccountId", account, "toAccountNumber", "6222020200112233445", "toBankCode", "ICBC",
                "toName", "外行供应商", "amount", "20000.00", "memo", "货款")).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(quote.get("kind").asText()).isEqualTo("INTERBANK");
        assertThat(quote.get("fee").asText()).as("interbank, up to 100,000.00").isEqualTo("10.00");
        assertThat(quote.get("payee").asText()).isEqualTo("尾号3445");
        assertThat(quote.get("toBankCode").asText()).isEqualTo("ICBC");
        String settled = quote.get("paymentId").asText();
        BigDecimal before = balance(account);
        submit(settled).expectStatus().isOk();
        approve(settled, "chk5", nextCode("chk5"), UUID.randomUUID().toString()).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PENDING_CLEARING");
        assertThat(balance(account)).as("the amount and the fee left at once").isEqualByComparingTo(before.subtract(new BigDecimal("20010.00")));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from payment where id = '" + settled
                + "' and status = 'COMPLETED'") == 1);

        String returned = quote(Map.of("fromAccountId", account, "toAccountNumber", "6222020200112230000", "toBankCode", "ICBC",
                "toName", "退回测试", "amount", "5000.00")).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("paymentId").asText();
        submit(returned).expectStatus().isOk();
        BigDecimal beforeReturned = balance(account);
        approve(returned, "chk6", nextCode("chk6"), UUID.randomUUID().toString()).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PENDING_CLEARING").jsonPath("$.fee").isEqualTo("5.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from payment where id = '" + returned
                + "' and status = 'RETURNED'") == 1);
        assertThat(balance(account)).as("amount and fee back, once").isEqualByComparingTo(beforeReturned);
        assertThat(balance(InternalAccounts.INTERBANK_CLEARING)).as("nothing left waiting in clearing: the settled payment moved on to"
                + " the settlement funds, the returned one was reversed").isZero();

        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.PAYMENT), 8,
                r -> r.key().equals(settled) || r.key().equals(returned), Duration.ofSeconds(30));
        assertThat(events).extracting(r -> codec.read(r.value()).type()).containsSubsequence(CorporateTopics.PAYMENT_COMPLETED,
                CorporateTopics.PAYMENT_SETTLED).contains(CorporateTopics.PAYMENT_RETURNED);
        assertThat(events.toString()).as("the other bank's account number never travels").doesNotContain("6222020200112233445");
    }

    @Test
    void aRejectedPaymentStaysRejectedAndOneTheLedgerRefusesForFundsFailsWithNothingMoved() {
        String payee = payeeCard("440100");
        String rejected = submitted(account, payee, "300.00");
        web.post().uri("/api/v1/corporate/payments/{id}/rejection", rejected)
                .headers(h -> h.setBearerAuth(TestJwts.operator(checkers.get("chk4").id(), enterprise, "CHECKER")))
                .bodyValue(Map.of("reason", "收款人有误")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("REJECTED").jsonPath("$.reason").isEqualTo("收款人有误");
        web.post().uri("/api/v1/corporate/payments/{id}/approval", rejected)
                .headers(h -> {
                    h.setBearerAuth(TestJwts.operator(checkers.get("chk4").id(), enterprise, "CHECKER"));
                    h.set("Idempotency-Key", UUID.randomUUID().toString());
                }).bodyValue(Map.of("code", "123456")).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/payment-closed");

        String poor = submitted(poorAccount, payee, "1000.00");
        approve(poor, "chk4", nextCode("chk4"), UUID.randomUUID().toString()).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("FAILED").jsonPath("$.reason").isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(balance(poorAccount)).isEqualByComparingTo("100.00");
        assertThat(balance(payeeAccounts.get(payee))).isZero();
    }

    @Test
    void badPaymentsAreRefusedClearlyAndEnterNothing() {
        String payee = payeeCard("440100");
        long before = count("select count(*) from payment");
        quote(Map.of("fromAccountId", account, "toAccountNumber", "6217000000000000000", "toName", "无名", "amount", "10.00"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/unknown-payee");
        quote(Map.of("fromAccountId", account, "toAccountNumber", accountNumber, "toName", "自己", "amount", "10.00"))
                .expectStatus().isEqualTo(422);
        // another enterprise's account: not this maker's to pay from
        quote(Map.of("fromAccountId", othersAccount, "toAccountNumber", payee, "toName", "李四", "amount", "10.00")).expectStatus().isNotFound();
        quote(Map.of("toAccountNumber", payee, "toName", "李四", "amount", "10.00")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("fromAccountId");
        quote(Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "李四", "amount", "10.00", "memo", "长".repeat(61)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("memo");
        quote(Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "李四", "amount", "1000000000000.01"))
                .expectStatus().isBadRequest();
        quote(Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "李四", "amount", "-1.00")).expectStatus().isBadRequest();
        quote(Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "李四", "amount", "1.001")).expectStatus().isBadRequest();
        quote(Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "李四", "amount", "10.00", "toBankCode", "IC-BC"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("toBankCode");
        quote(Map.of("fromAccountId", account, "toAccountNumber", "62220", "toName", "李四", "amount", "10.00", "toBankCode", "ICBC"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("toAccountNumber");
        web.post().uri("/api/v1/corporate/payments/quotes")
                .headers(h -> h.setBearerAuth(TestJwts.operator(checkers.get("chk1").id(), enterprise, "CHECKER")))
                .bodyValue(Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "李四", "amount", "10.00"))
                .exchange().expectStatus().isForbidden();
        assertThat(count("select count(*) from payment")).isEqualTo(before);
    }

    @Test
    void anApprovedPaymentACrashLeftUnpostedIsPostedOnceByTheRecoveryJob() {
        String payee = payeeCard("440100");
        String payment = submitted(account, payee, "700.00");
        BigDecimal before = balance(account);
        // as if the approving instance died between committing the approval and posting
        db.sql("update payment set status = 'APPROVED', approved_by = array['op_gone'], updated_at = now() - interval '1 minute' "
                + "where id = :id").bind("id", payment).then().block();
        assertThat(housekeeping.recover().block()).isPositive();
        assertThat(housekeeping.recover().block()).as("once").isZero();
        assertThat(balance(account)).isEqualByComparingTo(before.subtract(new BigDecimal("700.00")));
        assertThat(balance(payeeAccounts.get(payee))).isEqualByComparingTo("700.00");
        assertThat(count("select count(*) from payment where id = '" + payment + "' and status = 'COMPLETED'")).isOne();
    }

    @Test
    void aPaymentNobodyApprovedIn24HoursExpiresAndItsMakerHears() {
        String payment = submitted(account, payeeCard("440100"), "500.00");
        corporates.clock().advance(Duration.ofHours(23).plusMinutes(59));
        housekeeping.expire().block();
        web.get().uri("/api/v1/corporate/payments/{id}", payment).headers(h -> h.setBearerAuth(TestJwts.operator(maker, enterprise, "MAKER")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PENDING_APPROVAL");
        corporates.clock().advance(Duration.ofMinutes(2));
        assertThat(housekeeping.expire().block()).isPositive();
        web.get().uri("/api/v1/corporate/payments/{id}", payment).headers(h -> h.setBearerAuth(TestJwts.operator(maker, enterprise, "MAKER")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("EXPIRED");
        approve(payment, "chk1", nextCode("chk1"), UUID.randomUUID().toString()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/payment-closed");
        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.PAYMENT), 2,
                r -> r.key().equals(payment), Duration.ofSeconds(30));
        assertThat(codec.read(events.get(1).value()).type()).isEqualTo(CorporateTopics.PAYMENT_EXPIRED);
    }

    /**
     * A maker or a checker started over (a lost phone, a stolen session) leaves nothing pending in their name: the
     * maker's payments not yet approved are withdrawn, the checker's approvals of payments not yet approved no longer
     * count; the makers hear of both.
     */
    @Test
    void anOperatorStartedOverLeavesNothingPendingInTheirNameTheirPaymentsAreWithdrawnAndTheirApprovalsNoLongerCount() {
        Corporates.Operator admin = corporates.administrator(ours);
        Corporates.Operator lostMaker = corporates.enrol(ours, "maker2", "MAKER");
        Corporates.Operator lostChecker = corporates.enrol(ours, "chk7", "CHECKER");
        checkers.put("chk7", lostChecker);
        String payee = payeeCard("440100");
        String theirs = quote(lostMaker.token(), Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "李四", "amount", "500.00"))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("paymentId").asText();
        submit(lostMaker.token(), theirs).expectStatus().isOk();
        String theirQuote = quote(lostMaker.token(), Map.of("fromAccountId", account, "toAccountNumber", payee, "toName", "李四",
                "amount", "600.00")).expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("paymentId").asText();
        String theirBatch = web.post().uri("/api/v1/corporate/payroll-batches?fromAccountId={a}&purpose=SALARY", account)
                .headers(h -> h.setBearerAuth(lostMaker.token())).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("账号,户名,金额,附言\n" + payee + ",李四,100.00,工资\n")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("batchId").asText();
        String approvedByThem = submitted(account, payee, "60000.00");
        approve(approvedByThem, "chk7", nextCode("chk7"), UUID.randomUUID().toString()).expectStatus().isOk().expectBody()
                .jsonPath("$.approvals").isEqualTo(1);
        BigDecimal before = balance(account);

        for (Corporates.Operator lost : List.of(lostMaker, lostChecker)) {
            corporates.post("/api/v1/corporate/operators/" + lost.id() + "/reset", admin.token(), Map.of("code", corporates.nextCode(admin)))
                    .expectStatus().isOk();
        }

        assertThat(strings("select status || ' ' || reason from payment where id in ('" + theirs + "', '" + theirQuote + "')"))
                .as("the maker's payment awaiting approval and their quote").containsOnly("WITHDRAWN OPERATOR_RESET").hasSize(2);
        assertThat(strings("select status || ' ' || reason from payroll_batch where id = '" + theirBatch + "'"))
                .as("the batch they uploaded and did not submit").containsExactly("CANCELLED OPERATOR_RESET");
        approve(theirs, "chk1", nextCode("chk1"), UUID.randomUUID().toString()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/payment-closed");
        web.get().uri("/api/v1/corporate/payments/{id}", approvedByThem).headers(h -> h.setBearerAuth(TestJwts.operator(maker, enterprise, "MAKER")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PENDING_APPROVAL")
                .jsonPath("$.approvedBy.length()").isEqualTo(0);
        // one more checker is not enough: the lost one's approval no longer counts
        approve(approvedByThem, "chk4", nextCode("chk4"), UUID.randomUUID().toString()).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PENDING_APPROVAL").jsonPath("$.approvals").isEqualTo(1);
        assertThat(balance(account)).as("nothing moved").isEqualByComparingTo(before);

        var withdrawn = TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.PAYMENT), 2,
                r -> r.key().equals(theirs), Duration.ofSeconds(30));
        assertThat(codec.read(withdrawn.get(1).value()).type()).isEqualTo(CorporateTopics.PAYMENT_WITHDRAWN);
        var uncounted = TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.PAYMENT), 4,
                r -> r.key().equals(approvedByThem), Duration.ofSeconds(30));
        assertThat(uncounted).extracting(r -> codec.read(r.value()).type()).containsExactly(CorporateTopics.PAYMENT_SUBMITTED,
                CorporateTopics.PAYMENT_APPROVED, CorporateTopics.PAYMENT_APPROVAL_WITHDRAWN, CorporateTopics.PAYMENT_APPROVED);
        assertThat(TopicReader.read(namespace.bootstrapServers(), topics.name(AuditTopics.AUDIT), 1, r -> r.value().contains(approvedByThem)
                && r.value().contains("PaymentApprovalWithdrawn"), Duration.ofSeconds(30))).as("an audited step, under who reset").singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo(admin.id()));
    }

    // --- the enterprise's side

    private final Map<String, String> payeeAccounts = new HashMap<>();

    /** A person's new card in {@code region}, once corporate-service knows it as a payee; its number. */
    private String payeeCard(String region) {
        var card = accounts.openCard(id -> count("select count(*) from payee_account where account_id = '" + id + "'") == 1,
                "STANDARD", region, "0", null);
        payeeAccounts.put(card.cardNumber(), card.accountId());
        return card.cardNumber();
    }

    private String submitted(String from, String payee, String amount) {
        String payment = quote(Map.of("fromAccountId", from, "toAccountNumber", payee, "toName", "李四", "amount", amount))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("paymentId").asText();
        submit(payment).expectStatus().isOk();
        return payment;
    }

    private WebTestClient.ResponseSpec quote(Map<String, Object> body) {
        return quote(TestJwts.operator(maker, enterprise, "MAKER"), body);
    }

    private WebTestClient.ResponseSpec quote(String makerToken, Map<String, Object> body) {
        return web.post().uri("/api/v1/corporate/payments/quotes").headers(h -> h.setBearerAuth(makerToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec submit(String payment) {
        return submit(TestJwts.operator(maker, enterprise, "MAKER"), payment);
    }

    private WebTestClient.ResponseSpec submit(String makerToken, String payment) {
        return web.post().uri("/api/v1/corporate/payments").headers(h -> h.setBearerAuth(makerToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("quoteId", payment)).exchange();
    }

    private WebTestClient.ResponseSpec approve(String payment, String checker, String code, String key) {
        return web.post().uri("/api/v1/corporate/payments/{id}/approval", payment)
                .headers(h -> {
                    h.setBearerAuth(TestJwts.operator(checkers.get(checker).id(), enterprise, "CHECKER"));
                    h.set("Idempotency-Key", key);
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("code", code)).exchange();
    }

    private String nextCode(String checker) {
        return corporates.nextCode(checkers.get(checker));
    }

    private BigDecimal balance(String accountId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> accounts.balance(accountId, namespace), b -> b != null);
    }

    private List<String> strings(String sql) {
        return db.sql(sql).map(row -> row.get(0, String.class)).all().collectList().block();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

}
