package org.ebank.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.BranchOpened;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.account.StaffEnrolled;
import org.ebank.contracts.account.StaffRole;
import org.ebank.contracts.audit.AuditTopics;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorSignedIn;
import org.ebank.contracts.transfer.CashOperationRecorded;
import org.ebank.contracts.transfer.TransferOutcome;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.wealth.OrderOutcome;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.Events;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A branch's month, told as events: its KPIs against its target and the league table (August 2025), and its staff's
 * incentives (October 2025): who earns what to the fen, the branch bonus, and the month submitted by one and approved by
 * another, with a late event in between.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebank.kpi.branch-targets[0].branch=0901", "ebank.kpi.branch-targets[0].month=2025-10",
        "ebank.kpi.branch-targets[0].new-customers[MOBILE]=2", "ebank.kpi.branch-targets[0].new-customers[NETBANK]=1",
        "ebank.kpi.branch-targets[1].branch=0902", "ebank.kpi.branch-targets[1].month=2025-10",
        "ebank.kpi.branch-targets[1].new-customers[MOBILE]=5",
        "ebank.kpi.branch-targets[2].branch=0911", "ebank.kpi.branch-targets[2].new-customers[MOBILE]=1",
        "ebank.kpi.branch-targets[2].substitution-rate=0.50",
        "ebank.kpi.branch-targets[3].branch=0912", "ebank.kpi.branch-targets[3].month=2025-08",
        "ebank.kpi.branch-targets[3].electronic-wealth-share=0.90"})
class BranchMonthIT {

    private static final String OCTOBER = "2025-10";
    private static final String NOVEMBER = "2025-11";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, BranchMonthIT.class);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    Topics topics;
    @Autowired
    DatabaseClient db;

    private final String teller = TestJwts.staff("t901", "0901", false);
    private final String accountManager = TestJwts.staff("m901", "0901", false);
    private final String administrator = TestJwts.staffAdministrator("a901", "0901");
    private final String manager = TestJwts.staff("b901", "0901", true);
    private final String otherManager = TestJwts.staff("b902", "0902", true);

    @Test
    void octoberIsWorkedOutToTheFenSubmittedByOneAndApprovedByTheBranchManagerAfterALateEvent() {
        Events events = new Events(kafka, codec, topics);
        branch(events, "0901", "incentive city");
        branch(events, "0902", "incentive town");
        staff(events, "m901", "0901", StaffRole.ACCOUNT_MANAGER);
        staff(events, "t901", "0901", StaffRole.TELLER);
        staff(events, "m902", "0902", StaffRole.ACCOUNT_MANAGER);
        // i1: enrolled and used the app in October (m901 +20); i2: enrolled in September, first used netbank on 10 October,
        // 20 days later (m901 +30); i3: first use 31 days after enrolling (nothing); i4: activated in November (not October's)
        enrol(events, "i1", Channel.MOBILE, "M901", "2025-10-03T10:00");
        login(events, "i1", Channel.MOBILE, "2025-10-05T09:00");
        enrol(events, "i2", Channel.NETBANK, "m901", "2025-09-20T10:00");
        login(events, "i2", Channel.NETBANK, "2025-10-10T09:00");
        enrol(events, "i3", Channel.MOBILE, "m901", "2025-09-01T10:00");
        login(events, "i3", Channel.MOBILE, "2025-10-02T10:01");
        enrol(events, "i4", Channel.MOBILE, "t901", "2025-10-20T10:00");
        login(events, "i4", Channel.MOBILE, "2025-11-02T10:00");
        // i5: no referrer, first account opened at 0901: a new netbank customer of the branch, no one's incentive
        events.send(AccountTopics.ACCOUNT, "a-i5", AccountTopics.ACCOUNT_OPENED, new AccountOpened("a-i5", "i5", CardProduct.STANDARD,
                "440100", "0005", "hash-i5", null, at("2025-10-01T09:00"), "0901"));
        enrol(events, "i5", Channel.NETBANK, null, "2025-10-01T09:30");
        // i7: used the app at 23:59 on 31 October, Shanghai time (15:59 UTC): still October's (t901 +20)
        enrol(events, "i7", Channel.MOBILE, "t901", "2025-10-25T23:30");
        login(events, "i7", Channel.MOBILE, "2025-10-31T23:59");
        // an enterprise m901 brought to corporate netbank, its maker signing in the next day (m901 +200)
        events.send(CorporateTopics.ENTERPRISE, "ent-i", CorporateTopics.OPERATOR_ENROLLED,
                new OperatorEnrolled("ent-i", "op-i1", "ADMIN", "m901", "b901", at("2025-10-08T10:00"), "管理员", "13900000091"));
        events.send(CorporateTopics.ENTERPRISE, "ent-i", CorporateTopics.OPERATOR_SIGNED_IN,
                new OperatorSignedIn("ent-i", "op-i2", "MAKER", at("2025-10-09T10:00")));
        // 0902: one activated referral; its target of 5 new mobile customers missed, no bonus
        enrol(events, "i6", Channel.MOBILE, "m902", "2025-10-15T10:00");
        login(events, "i6", Channel.MOBILE, "2025-10-16T10:00");

        // 0901 reached 2 mobile (i4, i7 and i1: 3) and 1 netbank (i5): 10 % on top
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sheet("0901", manager).get("total").asText()).isEqualTo("297.00"));
        JsonNode sheet = sheet("0901", manager);
        assertThat(sheet.get("status").asText()).isEqualTo("OPEN");
        assertThat(sheet.get("target").toString()).isEqualTo("{\"measures\":{"
                + "\"newCustomers.MOBILE\":{\"target\":\"2\",\"actual\":\"3\",\"attained\":\"1.5000\"},"
                + "\"newCustomers.NETBANK\":{\"target\":\"1\",\"actual\":\"1\",\"attained\":\"1.0000\"}},\"reached\":true}");
        assertThat(lines(sheet)).isEqualTo("m901 3 250.00 25.00 275.00; t901 1 20.00 2.00 22.00; ");
        assertThat(sheet.get("staff").get(0).get("referrals").get(0).get("customerId").asText()).isEqualTo("i1");
        JsonNode mine = read("/api/v1/ops/incentives/mine?month=" + OCTOBER, accountManager).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(mine.get("total").asText()).isEqualTo("275.00");
        assertThat(mine.get("referrals")).hasSize(3);
        assertThat(mine.has("approvedTotal")).as("nothing approved yet").isFalse();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lines(sheet("0902", otherManager)))
                .as("5 mobile customers targeted, 1 reached").isEqualTo("m902 1 20.00 0.00 20.00; "));

        // who may: a teller reads only their own; no one reads another branch's or approves for it
        read("/api/v1/ops/incentives/0901/" + OCTOBER, teller).expectStatus().isForbidden();
        read("/api/v1/ops/incentives/0901/" + OCTOBER, otherManager).expectStatus().isForbidden();
        post("submission", teller, null).expectStatus().isForbidden();
        post("approval", otherManager, approvalOf(sheet)).expectStatus().isForbidden();
        post("approval", manager, approvalOf(sheet)).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .value(t -> assertThat(t.toString()).endsWith("incentives-not-submitted"));
        web.post().uri("/api/v1/ops/incentives/0901/" + YearMonth.now(PlatformAutoConfiguration.BANK_ZONE) + "/submission")
                .headers(h -> h.setBearerAuth(administrator)).exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json");
        read("/api/v1/ops/incentives/0901/0000-10", manager).expectStatus().isBadRequest();

        // the manager submits and may not approve their own submission; the administrator submits it again instead
        JsonNode own = body(post("submission", manager, null).expectStatus().isOk());
        post("approval", manager, approvalOf(own)).expectStatus().isForbidden().expectBody().jsonPath("$.type")
                .value(t -> assertThat(t.toString()).endsWith("second-approver-required"));
        JsonNode submitted = body(post("submission", administrator, null).expectStatus().isOk());
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("approval").get("submittedBy").asText()).isEqualTo("a901");
        assertThat(submitted.get("approval").get("staff").toString()).isEqualTo("{\"m901\":\"275.00\",\"t901\":\"22.00\"}");
        post("approval", administrator, approvalOf(submitted)).expectStatus().isForbidden();
        post("approval", manager, approvalOf(own)).expectStatus().isEqualTo(409);     // not the submission that waits

        // a late event changes October: the manager cannot approve what was submitted
        enrol(events, "i8", Channel.MOBILE, "t901", "2025-10-28T10:00");
        login(events, "i8", Channel.MOBILE, "2025-10-29T10:00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sheet("0901", manager).get("total").asText()).isEqualTo("319.00"));
        post("approval", manager, approvalOf(submitted)).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .value(t -> assertThat(t.toString()).endsWith("incentives-changed"));

        JsonNode again = body(post("submission", administrator, null).expectStatus().isOk());
        JsonNode approved = body(post("approval", manager, approvalOf(again)).expectStatus().isOk());
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approval").get("total").asText()).isEqualTo("319.00");
        assertThat(approved.get("approval").get("approvedBy").asText()).isEqualTo("b901");
        assertThat(body(post("approval", manager, approvalOf(again)).expectStatus().isOk()).get("approval").get("approvedBy").asText())
                .as("approving again shows the approval").isEqualTo("b901");
        post("submission", administrator, null).expectStatus().isEqualTo(409);
        JsonNode tellers = read("/api/v1/ops/incentives/mine?month=" + OCTOBER, teller).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(tellers.get("status").asText()).isEqualTo("APPROVED");
        assertThat(tellers.get("approvedTotal").asText()).as("i7 and i8, 20.00 each, and 10 %").isEqualTo("44.00");

        // October was approved before i9's events came: i9 is paid once, by November, with i4 who first used the app in
        // November (no target then, no bonus)
        enrol(events, "i9", Channel.MOBILE, "t901", "2025-10-26T10:00");
        login(events, "i9", Channel.MOBILE, "2025-10-27T10:00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lines(body(read("/api/v1/ops/incentives/0901/" + NOVEMBER,
                manager).expectStatus().isOk()))).isEqualTo("t901 2 40.00 0.00 40.00; "));
        assertThat(sheet("0901", manager).get("total").asText()).as("October stays as approved").isEqualTo("319.00");
        JsonNode november = body(web.post().uri("/api/v1/ops/incentives/0901/" + NOVEMBER + "/submission")
                .headers(h -> h.setBearerAuth(administrator)).exchange().expectStatus().isOk());
        JsonNode paid = body(web.post().uri("/api/v1/ops/incentives/0901/" + NOVEMBER + "/approval").headers(h -> h.setBearerAuth(manager))
                .bodyValue(approvalOf(november)).exchange().expectStatus().isOk());
        assertThat(paid.get("staff").get(0).get("referrals").get(0).get("customerId").asText()).isEqualTo("i9");
        assertThat(lines(sheet("0901", manager))).as("October's referrals are October's alone")
                .isEqualTo("m901 3 250.00 25.00 275.00; t901 2 40.00 4.00 44.00; ");

        // the audit trail (kept by notification-service) hears it through the outbox, in the approval's transaction
        assertThat(db.sql("""
                        select payload::jsonb -> 'data' ->> 'actor' from outbox_event
                        where event_type = :type and payload::jsonb -> 'data' ->> 'action' = 'INCENTIVES_APPROVED'
                          and payload::jsonb -> 'data' ->> 'subject' = :subject""")
                .bind("type", AuditTopics.ACTION_RECORDED).bind("subject", "0901/" + OCTOBER)
                .map(row -> row.get(0, String.class)).all().collectList().block()).containsExactly("b901");
    }

    @Test
    void augustAtTwoBranchesGivesTheirKpisTheirTargetsAttainmentAndTheLeagueTable() {
        Events events = new Events(kafka, codec, topics);
        for (String code : List.of("0910", "0911", "0912", "0913")) {
            branch(events, code, "支行" + code);
        }
        // k1 and k2 are 0911's; k3 opened its first account at 0912 and a second at 0911; an enterprise's account has no card
        account(events, "a-k1", "k1", CardProduct.STANDARD, "0911", "2025-08-02T10:00");
        account(events, "a-k2", "k2", CardProduct.STANDARD, "0911", "2025-07-01T10:00");
        account(events, "a-k3", "k3", CardProduct.STANDARD, "0912", "2025-08-05T10:00");
        account(events, "a-k3b", "k3", CardProduct.STANDARD, "0911", "2025-08-06T10:00");
        account(events, "a-ent", "ent-k", CardProduct.CORPORATE, "0911", "2025-08-07T10:00");
        enrol(events, "k1", Channel.MOBILE, null, "2025-08-03T10:00");
        login(events, "k1", Channel.MOBILE, "2025-08-04T10:00");
        enrol(events, "k3", Channel.MOBILE, null, "2025-08-06T11:00");
        transfer(events, "T-k1", "k1", Channel.MOBILE, "100.00", "2025-08-10T10:00");
        order(events, "O-k1", "k1", Channel.MOBILE, "1000.00", "2025-08-11T20:00");
        cash(events, "C-k2", "k2", "DEPOSIT", Channel.COUNTER, "500.00", "2025-08-12T10:00");
        cash(events, "A-k2", "k2", "WITHDRAWAL", Channel.ATM, "200.00", "2025-08-13T10:00");
        order(events, "O-k3", "k3", Channel.COUNTER, "3000.00", "2025-08-14T10:00");
        transfer(events, "T-k3", "k3", Channel.MOBILE, "50.00", "2025-08-15T10:00");
        // what the accounts hold now: a-k1's last posting left 900.00; k2 has no e-banking, so its 500.00 is not counted
        posting(events, "a-k1", "k1", "1000.00");
        posting(events, "a-k1", "k1", "900.00");
        posting(events, "a-k2", "k2", "500.00");
        posting(events, "a-k3", "k3", "5000.00");
        posting(events, "a-k3b", "k3", "100.00");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode north = body(read("/api/v1/ops/branches/0911/kpis?month=2025-08", otherManager).expectStatus().isOk());
            assertThat(north.get("transactions").get("all").get("count").asLong()).isEqualTo(4);
            assertThat(north.get("electronicCustomerDeposits").asText()).as("a-k1 900.00 and k3's a-k3b 100.00").isEqualTo("1000.00");
        });
        JsonNode north = body(read("/api/v1/ops/branches/0911/kpis?month=2025-08", otherManager).expectStatus().isOk());
        assertThat(north.get("name").asText()).isEqualTo("支行0911");
        assertThat(north.get("newCustomers").toString()).isEqualTo("{\"MOBILE\":1}");
        assertThat(north.get("activationRate").toString()).isEqualTo("{\"MOBILE\":\"1.0000\"}");
        assertThat(north.get("transactions").get("byChannel").toString()).as("k1's and k2's; k3's go to 0912")
                .isEqualTo("{\"ATM\":{\"count\":1,\"amount\":\"200.00\"},\"COUNTER\":{\"count\":1,\"amount\":\"500.00\"},"
                        + "\"MOBILE\":{\"count\":2,\"amount\":\"1100.00\"}}");
        assertThat(north.get("substitutionRate").asText()).as("2 of 4").isEqualTo("0.5000");
        assertThat(north.get("diversionRate").asText()).as("e-channels and the ATM, 3 of 4").isEqualTo("0.7500");
        assertThat(north.get("wealthSales").get("electronicShare").asText()).isEqualTo("1.0000");
        assertThat(north.get("newCards").asLong()).as("a-k1 and a-k3b; a-k2 was July's, a-ent has no card").isEqualTo(2);
        assertThat(north.get("target").toString()).isEqualTo("{\"measures\":{"
                + "\"newCustomers.MOBILE\":{\"target\":\"1\",\"actual\":\"1\",\"attained\":\"1.0000\"},"
                + "\"substitutionRate\":{\"target\":\"0.50\",\"actual\":\"0.5000\",\"attained\":\"1.0000\"}},"
                + "\"reached\":true,\"score\":\"1.0000\"}");

        JsonNode south = body(read("/api/v1/ops/branches/0912/kpis?month=2025-08", otherManager).expectStatus().isOk());
        assertThat(south.get("substitutionRate").asText()).isEqualTo("0.5000");
        assertThat(south.get("wealthSales").get("electronicShare").asText()).as("k3 bought at the counter").isEqualTo("0.0000");
        assertThat(south.get("electronicCustomerDeposits").asText()).isEqualTo("5000.00");
        assertThat(south.get("target").get("reached").asBoolean()).isFalse();

        assertThat(places("ATTAINMENT")).as("0910 and 0913 have no target this month").containsExactly(
                "1 0911 1.0000", "2 0912 0.0000", "null 0910 null", "null 0913 null");
        assertThat(places("SUBSTITUTION_RATE")).as("equal rates share a rank").containsExactly(
                "1 0911 0.5000", "1 0912 0.5000", "null 0910 null", "null 0913 null");
        read("/api/v1/ops/branches/0999/kpis?month=2025-08", otherManager).expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
        read("/api/v1/ops/league-table?rankBy=LOUDEST", otherManager).expectStatus().isBadRequest();
        read("/api/v1/ops/league-table", TestJwts.customer("k1", "MOBILE")).expectStatus().isForbidden();
    }

    /** "rank branch value" of this test's branches (09 1x), in the table's order. */
    private List<String> places(String rankBy) {
        List<String> places = new ArrayList<>();
        body(read("/api/v1/ops/league-table?month=2025-08&rankBy=" + rankBy, teller).expectStatus().isOk()).get("branches").forEach(p -> {
            if (p.get("branch").asText().startsWith("091")) {
                places.add(p.path("rank").asText("null") + " " + p.get("branch").asText() + " " + p.path("value").asText("null"));
            }
        });
        return places;
    }

    /**
     * January to March 2023, before any other test's ATM was in service: four ATMs in service since December and one
     * since February, one flagged. A's March transaction is at 00:30 on the 1st in Shanghai, still February in UTC.
     */
    @Test
    void anAtmInItsMonthsBottomTenthThreeMonthsRunningIsFlaggedAndOneNewInFebruaryIsNot() {
        Events events = new Events(kafka, codec, topics);
        Map<String, List<Integer>> byMonth = new java.util.TreeMap<>(Map.of("T-A", List.of(1, 1, 1, 0), "T-B", List.of(1, 1, 2, 2),
                "T-C", List.of(1, 3, 2, 1), "T-D", List.of(1, 2, 2, 3), "T-K", List.of(0, 0, 1, 1)));
        List<String> months = List.of("2022-12", "2023-01", "2023-02", "2023-03");
        byMonth.forEach((device, counts) -> {
            for (int month = 0; month < counts.size(); month++) {
                for (int i = 0; i < counts.get(month); i++) {
                    atm(events, device + "-" + month + "-" + i, device, months.get(month) + "-1" + i + "T10:00");
                }
            }
        });
        atm(events, "T-A-midnight", "T-A", "2023-03-01T00:30");

        String teller = TestJwts.staff("t911", "0911", false);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode review = body(read("/api/v1/ops/atm-devices?month=2023-03", teller).expectStatus().isOk());
            assertThat(review.get("months").toString()).isEqualTo("[\"2023-01\",\"2023-02\",\"2023-03\"]");
            assertThat(review.get("flagged").toString()).as("A: bottom with B in January, alone in February, with C and K in March;"
                            + " K, first used in February, is ranked from March")
                    .isEqualTo("[\"T-A\"]");
            List<String> devices = new java.util.ArrayList<>();
            review.get("devices").forEach(d -> devices.add(d.get("deviceId").asText() + " " + d.get("transactions") + " "
                    + d.get("bottomIn") + " " + d.get("flagged").asBoolean()));
            assertThat(devices).containsExactly(
                    "T-A {\"2023-01\":1,\"2023-02\":1,\"2023-03\":1} [\"2023-01\",\"2023-02\",\"2023-03\"] true",
                    "T-C {\"2023-01\":3,\"2023-02\":2,\"2023-03\":1} [\"2023-03\"] false",
                    "T-K {\"2023-02\":1,\"2023-03\":1} [\"2023-03\"] false",
                    "T-B {\"2023-01\":1,\"2023-02\":2,\"2023-03\":2} [\"2023-01\"] false",
                    "T-D {\"2023-01\":2,\"2023-02\":2,\"2023-03\":3} [] false");
        });
        read("/api/v1/ops/atm-devices?month=0999-01", teller).expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json");
        read("/api/v1/ops/atm-devices?month=2023-13", teller).expectStatus().isBadRequest();
        read("/api/v1/ops/atm-devices?month=2023-03", TestJwts.customer("k-atm", "MOBILE")).expectStatus().isForbidden();
    }

    private static void account(Events events, String account, String customer, CardProduct product, String branch, String at) {
        events.send(AccountTopics.ACCOUNT, account, AccountTopics.ACCOUNT_OPENED, new AccountOpened(account, customer, product, "440100",
                product == CardProduct.CORPORATE ? null : "0001", product == CardProduct.CORPORATE ? null : "hash-" + account, null, at(at), branch));
    }

    private static void transfer(Events events, String id, String customer, Channel channel, String amount, String at) {
        TransferOutcome outcome = TransferOutcome.of(id, customer, "a-" + customer, null, "尾号5678", "李四", null, new BigDecimal(amount),
                BigDecimal.ZERO, "SAME_REGION", channel, false, "COMPLETED", null, at(at));
        events.send(TransferTopics.TRANSFER, customer, TransferTopics.TRANSFER_COMPLETED, outcome);
    }

    private static void cash(Events events, String id, String customer, String type, Channel channel, String amount, String at) {
        events.send(TransferTopics.TRANSFER, customer, TransferTopics.CASH_OPERATION_RECORDED, new CashOperationRecorded(id, customer,
                "a-" + customer, type, new BigDecimal(amount), BigDecimal.ZERO, channel, "440100", at(at),
                channel == Channel.ATM ? "ATM-0911-01" : null));
    }

    private static void atm(Events events, String id, String device, String at) {
        events.send(TransferTopics.TRANSFER, "k-atm", TransferTopics.CASH_OPERATION_RECORDED, new CashOperationRecorded(id, "k-atm",
                "a-k-atm", "WITHDRAWAL", new BigDecimal("100.00"), BigDecimal.ZERO, Channel.ATM, "440100", at(at), device));
    }

    private static void order(Events events, String id, String customer, Channel channel, String amount, String at) {
        events.send(WealthTopics.ORDER, customer, WealthTopics.ORDER_PLACED, OrderOutcome.of(id, customer, "a-" + customer, "NM001", 2,
                new BigDecimal(amount), channel, false, false, "PLACED", null, at(at)));
    }

    private static void posting(Events events, String account, String customer, String balance) {
        events.send(AccountTopics.POSTING, account, AccountTopics.POSTING_RECORDED, new PostingRecorded("p-" + UUID.randomUUID(), account,
                customer, CardProduct.STANDARD, "0001", Direction.CREDIT, new BigDecimal("1.00"), new BigDecimal(balance), Channel.COUNTER,
                "CASH", null, at("2025-08-20T10:00")));
    }

    private WebTestClient.ResponseSpec read(String uri, String token) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec post(String step, String token, Map<String, String> body) {
        var request = web.post().uri("/api/v1/ops/incentives/0901/" + OCTOBER + "/" + step).headers(h -> h.setBearerAuth(token));
        return (body == null ? request : request.bodyValue(body)).exchange();
    }

    /** What an approver sends: the submission they read. */
    private static Map<String, String> approvalOf(JsonNode month) {
        JsonNode approval = month.path("approval");
        return Map.of("submittedAt", approval.path("submittedAt").asText("2025-11-02T00:00:00Z"),
                "total", approval.path("total").asText(month.get("total").asText()));
    }

    private JsonNode sheet(String branch, String token) {
        return body(read("/api/v1/ops/incentives/" + branch + "/" + OCTOBER, token).expectStatus().isOk());
    }

    private static JsonNode body(WebTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** "code referrals base bonus total; " per staff member. */
    private static String lines(JsonNode sheet) {
        StringBuilder lines = new StringBuilder();
        sheet.get("staff").forEach(s -> lines.append(s.get("staffCode").asText()).append(' ').append(s.get("referrals").size()).append(' ')
                .append(s.get("base").asText()).append(' ').append(s.get("bonus").asText()).append(' ').append(s.get("total").asText())
                .append("; "));
        return lines.toString();
    }

    private static void branch(Events events, String code, String name) {
        events.send(AccountTopics.STAFF, code, AccountTopics.BRANCH_OPENED, new BranchOpened(code, name, "440100", "0910", at("2025-01-01T09:00")));
    }

    private static void staff(Events events, String code, String branch, StaffRole role) {
        events.send(AccountTopics.STAFF, branch, AccountTopics.STAFF_ENROLLED,
                new StaffEnrolled(code, "员工" + code, branch, role, "1390000" + code.substring(1), at("2025-08-01T09:00")));
    }

    private static void enrol(Events events, String customer, Channel service, String referrer, String at) {
        events.send(AccountTopics.CUSTOMER, customer, AccountTopics.CUSTOMER_ENROLLED, new CustomerEnrolled(customer, service, referrer, at(at)));
    }

    private static void login(Events events, String customer, Channel channel, String at) {
        events.send(AccountTopics.CUSTOMER, customer, AccountTopics.CUSTOMER_LOGGED_IN, new CustomerLoggedIn(customer, channel, "d", false, at(at)));
    }

    private static Instant at(String shanghai) {
        return LocalDateTime.parse(shanghai).atZone(PlatformAutoConfiguration.BANK_ZONE).toInstant();
    }
}
