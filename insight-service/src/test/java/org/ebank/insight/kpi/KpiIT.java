package org.ebank.insight.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.BranchOpened;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.contracts.transfer.CashOperationRecorded;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.Events;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The KPIs of a scripted day, computed from the events alone, the same after a redelivery and after a rebuild. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebank.kpi.targets[0].name=2025-Q4", "ebank.kpi.targets[0].from=2025-10-01", "ebank.kpi.targets[0].to=2025-12-31",
        "ebank.kpi.targets[0].registrations=35000", "ebank.kpi.targets[0].mobile-activation=0.585",
        "ebank.kpi.targets[0].netbank-activation=0.795", "ebank.kpi.targets[0].substitution-rate=0.86"})
class KpiIT {

    private static final String GROUP = "insight-service.kpis";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, KpiIT.class);
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
    KafkaAdmin admin;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    DatabaseClient db;

    @Test
    void aScriptedDayGivesTheKpisWorkedOutByHandAlsoAfterRedeliveryAndARebuild() throws Exception {
        ScriptedDay day = new ScriptedDay(new Events(kafka, codec, topics));
        day.play();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(this::theDayIsAsWorkedOut);

        day.replay();
        day.replay();
        awaitCaughtUp();
        theDayIsAsWorkedOut();

        web.post().uri("/api/v1/ops/kpis/rebuild").headers(h -> h.setBearerAuth(TestJwts.staff("ops-1"))).exchange()
                .expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(this::theDayIsAsWorkedOut);
    }

    @Test
    void aDateRangeTheWrongWayRoundIsRefusedAndCustomersMayNotReadKpis() {
        web.get().uri("/api/v1/ops/kpis?from=2025-11-27&to=2025-11-01").headers(h -> h.setBearerAuth(TestJwts.staff("ops-1")))
                .exchange().expectStatus().isBadRequest().expectHeader().contentType("application/problem+json");
        web.get().uri("/api/v1/ops/kpis?granularity=WEEK").headers(h -> h.setBearerAuth(TestJwts.staff("ops-1")))
                .exchange().expectStatus().isBadRequest().expectHeader().contentType("application/problem+json");
        web.get().uri("/api/v1/ops/kpis").headers(h -> h.setBearerAuth(TestJwts.customer("c1", "MOBILE")))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aBranchsProspectsAreItsCustomersWithoutEbankingBusyEnterprisesFirstThenNewAccountsThenByCounterUse() {
        Events events = new Events(kafka, codec, topics);
        Instant now = Instant.now();
        Instant longAgo = now.minus(Duration.ofDays(400));
        events.send(AccountTopics.STAFF, "0800", AccountTopics.BRANCH_OPENED, new BranchOpened("0800", "市分行", "440100", null, longAgo));
        for (String branch : List.of("0801", "0802")) {
            events.send(AccountTopics.STAFF, branch, AccountTopics.BRANCH_OPENED, new BranchOpened(branch, "支行" + branch, "440100", "0800", longAgo));
        }
        // p6's second account, at 0801, is told of first: p6 is still 0802's, the branch of its first account
        account(events, "a-p6b", "p6", CardProduct.STANDARD, "0801", now.minus(Duration.ofDays(1)));
        for (String p : List.of("p1", "p2", "p3", "p4", "p5", "p6")) {
            events.send(AccountTopics.CUSTOMER, p, AccountTopics.CUSTOMER_REGISTERED,
                    new CustomerRegistered(p, "客户" + p, "1380000000" + p.charAt(1), LocalDate.of(1970, 1, 1), longAgo));
            account(events, "a-" + p, p, CardProduct.STANDARD, p.equals("p6") ? "0802" : "0801",
                    p.equals("p2") ? now.minus(Duration.ofDays(2)) : longAgo);
        }
        counter(events, "p1", 20, now);
        counter(events, "p2", 1, now);
        counter(events, "p3", 3, now);
        counter(events, "p4", 30, now);
        events.send(AccountTopics.CUSTOMER, "p4", AccountTopics.CUSTOMER_ENROLLED, new CustomerEnrolled("p4", Channel.MOBILE, null, now));
        // an enterprise's settlement account, 20 postings in the last 30 days and no corporate netbank; another with 19
        events.send(CorporateTopics.ENTERPRISE, "e1", CorporateTopics.ENTERPRISE_REGISTERED, new EnterpriseRegistered("e1", "甲贸易有限公司",
                "91440101MA59ABCD1X", "张三", "13900000001", "440100", longAgo));
        account(events, "a-e1", "e1", CardProduct.CORPORATE, "0801", longAgo);
        account(events, "a-e2", "e2", CardProduct.CORPORATE, "0801", longAgo);
        for (int i = 0; i < 20; i++) {
            settlement(events, "a-e1", "e1", now.minus(Duration.ofDays(i)));
            if (i > 0) {
                settlement(events, "a-e2", "e2", now.minus(Duration.ofDays(i)));
            }
        }
        settlement(events, "a-e2", "e2", now.minus(Duration.ofDays(31)));

        String ranked = String.join("; ",
                "e1 ENTERPRISE [\"SETTLEMENT_HEAVY\"] 20 0", "p2 PERSON [\"NEW_ACCOUNT\",\"COUNTER_TRANSACTIONS\"] 0 1",
                "p1 PERSON [\"COUNTER_TRANSACTIONS\"] 0 20", "p3 PERSON [\"COUNTER_TRANSACTIONS\"] 0 3", "e2 ENTERPRISE [] 19 0",
                "p5 PERSON [] 0 0");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(prospects("", TestJwts.staff("s-0801", "0801", false))).isEqualTo(ranked);
            assertThat(prospects("&branch=0801", TestJwts.staff("s-0800", "0800", false))).as("the city bank reads its branches'")
                    .isEqualTo(ranked);
            assertThat(prospects("", TestJwts.staff("s-0802", "0802", false))).isEqualTo("p6 PERSON [\"NEW_ACCOUNT\"] 0 0");
        });
        JsonNode items = web.get().uri("/api/v1/ops/prospects?limit=2").headers(h -> h.setBearerAuth(TestJwts.staff("s-0801", "0801", false)))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
        assertThat(items.get(0).get("name").asText() + " " + items.get(0).get("phone").asText() + "; " + items.get(1).get("name").asText()
                + " " + items.get(1).get("phone").asText()).as("whom to call, the phone masked")
                .isEqualTo("甲贸易有限公司 139****0001; 客户p2 138****0002");
        assertThat(db.sql("select phone from kpi_contact where phone is not null").map(row -> row.get("phone", String.class)).all()
                .collectList().block()).as("kept as shown: the full number stays with its owner").isNotEmpty()
                .allMatch(phone -> phone.matches("\\d{3}\\*{4}\\d{4}"));
        Map.of("0801", TestJwts.staff("s-0802", "0802", true), "0800", TestJwts.staff("s-0801", "0801", true)).forEach((branch, token) ->
                web.get().uri("/api/v1/ops/prospects?branch=" + branch).headers(h -> h.setBearerAuth(token)).exchange()
                        .expectStatus().isForbidden().expectHeader().contentType("application/problem+json"));
        web.get().uri("/api/v1/ops/prospects").headers(h -> h.setBearerAuth(TestJwts.staff("ops-1"))).exchange()
                .expectStatus().isForbidden();
        YearMonth month = YearMonth.from(now.atZone(PlatformAutoConfiguration.BANK_ZONE));
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            if (!YearMonth.now(PlatformAutoConfiguration.BANK_ZONE).equals(month)) {
                return; // the month ended meanwhile: the gauges count the new one, which has none of these deposits
            }
            assertThat(meters.get("ebank.kpi.transactions").tag("channel", "COUNTER").gauge().value())
                    .as("the same facts as a Prometheus gauge: 20 + 1 + 3 + 30 counter deposits this month").isEqualTo(54.0);
            assertThat(meters.get("ebank.kpi.transaction.amount").tag("channel", "COUNTER").gauge().value()).isEqualTo(5400.0);
            assertThat(meters.get("ebank.kpi.substitution.rate").gauge().value()).as("no e-channel transaction this month").isZero();
        });
    }

    /** The branch's prospects as one line each: id, kind, reasons, settlement and counter transactions in 30 days. */
    private String prospects(String query, String token) {
        JsonNode items = web.get().uri("/api/v1/ops/prospects?limit=20" + query).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
        List<String> ranked = new java.util.ArrayList<>();
        items.forEach(i -> ranked.add(i.get("customerId").asText() + " " + i.get("kind").asText() + " " + i.get("reasons") + " "
                + i.get("settlementTransactions30Days").asLong() + " " + i.get("counterTransactions30Days").asLong()));
        return String.join("; ", ranked);
    }

    private static void account(Events events, String account, String customer, CardProduct product, String branch, Instant at) {
        events.send(AccountTopics.ACCOUNT, account, AccountTopics.ACCOUNT_OPENED, new AccountOpened(account, customer, product, "440100",
                "0001", "hash-" + account, null, at, branch));
    }

    private static void settlement(Events events, String account, String enterprise, Instant at) {
        events.send(AccountTopics.POSTING, account, AccountTopics.POSTING_RECORDED, new PostingRecorded("p-" + UUID.randomUUID(), account,
                enterprise, CardProduct.CORPORATE, null, Direction.CREDIT, new BigDecimal("1.00"), new BigDecimal("100.00"), Channel.COUNTER,
                "TRANSFER", null, at));
    }

    private static void counter(Events events, String customer, int times, Instant now) {
        for (int i = 0; i < times; i++) {
            events.send(TransferTopics.TRANSFER, customer, TransferTopics.CASH_OPERATION_RECORDED, new CashOperationRecorded(
                    customer + "-cash-" + i, customer, "a-" + customer, "DEPOSIT", new BigDecimal("100.00"), BigDecimal.ZERO, Channel.COUNTER,
                    "440100", now, null));
        }
    }

    private void theDayIsAsWorkedOut() {
        JsonNode kpis = kpis("from=2025-11-26&to=2025-11-27&granularity=DAY");
        assertThat(kpis.get("periods")).hasSize(2);
        JsonNode before = kpis.get("periods").get(0);
        JsonNode day = kpis.get("periods").get(1);
        assertThat(before.get("period").asText()).isEqualTo("2025-11-26");
        assertThat(day.get("period").asText()).isEqualTo("2025-11-27");

        assertThat(before.get("enrolments").toString()).isEqualTo("{\"NETBANK\":1}");
        assertThat(day.get("enrolments").toString()).as("c5 enrolled at 00:10 Shanghai time, on the 27th")
                .isEqualTo("{\"CORPORATE_NETBANK\":1,\"MOBILE\":3,\"NETBANK\":1}");
        assertThat(day.get("activationRate").toString())
                .as("MOBILE: c1 logged in, c5 paid, c2 only used netbank; CORPORATE_NETBANK: ent1's maker signed in")
                .isEqualTo("{\"CORPORATE_NETBANK\":\"1.0000\",\"MOBILE\":\"0.6667\",\"NETBANK\":\"1.0000\"}");

        JsonNode transactions = day.get("transactions");
        assertThat(transactions.get("byChannel").toString()).as("T2 counted once though it also settled; T6 and O4 failed")
                .isEqualTo("{\"ATM\":{\"count\":1,\"amount\":\"2000.00\"},\"COUNTER\":{\"count\":3,\"amount\":\"46000.00\"},"
                        + "\"MOBILE\":{\"count\":3,\"amount\":\"11300.00\"},\"NETBANK\":{\"count\":4,\"amount\":\"78000.00\"}}");
        assertThat(transactions.get("electronic").get("count").asLong()).isEqualTo(7);
        assertThat(transactions.get("all").get("count").asLong()).isEqualTo(11);
        assertThat(day.get("substitutionRate").asText()).as("7 / 11").isEqualTo("0.6364");

        assertThat(day.get("feesCharged").asText()).as("T2 10 + T4 30 + T5 5 + K2 5").isEqualTo("50.00");
        assertThat(day.get("feesRefunded").asText()).as("T4 30 by staff, T5 5 returned").isEqualTo("35.00");
        assertThat(day.get("feeIncome").asText()).isEqualTo("15.00");
        assertThat(day.get("feesWaived").toString()).isEqualTo("{\"JINHUI_CROSS_REGION_WITHDRAWAL\":\"10.00\",\"MANUAL\":\"30.00\","
                + "\"MOBILE_INTERBANK_CAMPAIGN\":\"5.00\"}");

        assertThat(day.get("wealthSales").get("electronicShare").asText()).as("(50000 + 10000) / 100000").isEqualTo("0.6000");
        assertThat(day.get("wealthSales").get("byChannel").get("COUNTER").get("amount").asText()).isEqualTo("40000.00");

        assertThat(referrals(day)).as("S002: ent1's corporate netbank (its maker is no enrolment; c4, a person, none; c3 gave "
                        + "the code before s002 was staff)").isEqualTo(Map.of("s001", "40.00", "s002", "200.00"));
        assertThat(referrals(before)).isEqualTo(Map.of("s001", "30.00"));
        assertThat(referrals(kpis.get("total"))).as("2 mobile and 1 netbank for s001, S001 and s001 alike")
                .isEqualTo(Map.of("s001", "70.00", "s002", "200.00"));
        assertThat(web.get().uri("/api/v1/ops/kpis/unknown-referrals?from=2025-11-26&to=2025-11-27")
                .headers(h -> h.setBearerAuth(TestJwts.staff("ops-1"))).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().toString())
                .as("c5's code was no longer s003's; c3's was not yet s002's")
                .isEqualTo("[{\"referrerCode\":\"s003\",\"service\":\"MOBILE\",\"enrolments\":1,\"firstAt\":\"2025-11-26T16:10:00Z\"},"
                        + "{\"referrerCode\":\"S002\",\"service\":\"NETBANK\",\"enrolments\":1,\"firstAt\":\"2025-11-27T01:20:00Z\"}]");

        assertThat(day.get("pushConversion").toString()).as("P1, P2 and P3 sent on the day; P1 and P3 opened; P1 bought")
                .isEqualTo("{\"sent\":3,\"opened\":2,\"converted\":1,\"openRate\":\"0.6667\",\"conversionRate\":\"0.3333\"}");
        assertThat(before.get("pushConversion").get("sent").asLong()).isOne();

        JsonNode quarter = kpis.get("attainment").get(0);
        assertThat(quarter.get("name").asText()).isEqualTo("2025-Q4");
        assertThat(quarter.get("measures").toString())
                .as("5 mobile and netbank registrations of 35000 (corporate netbank is none); mobile 2/3 of 58.5 %; netbank 1/2 of 79.5 %; 7/11 of 86 %")
                .isEqualTo("{\"registrations\":{\"target\":\"35000\",\"actual\":\"5\",\"attained\":\"0.0001\"},"
                        + "\"mobileActivation\":{\"target\":\"0.585\",\"actual\":\"0.6667\",\"attained\":\"1.1397\"},"
                        + "\"netbankActivation\":{\"target\":\"0.795\",\"actual\":\"0.5000\",\"attained\":\"0.6289\"},"
                        + "\"substitutionRate\":{\"target\":\"0.86\",\"actual\":\"0.6364\",\"attained\":\"0.7400\"}}");

        JsonNode month = kpis("from=2025-11-01&to=2025-11-30&granularity=MONTH").get("periods");
        assertThat(month).hasSize(1);
        assertThat(month.get(0).get("period").asText()).isEqualTo("2025-11");
        assertThat(month.get(0).get("feeIncome").asText()).isEqualTo("15.00");
    }

    private JsonNode kpis(String query) {
        return web.get().uri("/api/v1/ops/kpis?" + query).headers(h -> h.setBearerAuth(TestJwts.staff("ops-1"))).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static Map<String, String> referrals(JsonNode figures) {
        Map<String, String> incentives = new java.util.TreeMap<>();
        figures.get("referrals").forEach(r -> incentives.put(r.get("referrerCode").asText(), r.get("incentive").asText()));
        return incentives;
    }

    /** Waits until the KPI consumer group has read every event on its topics. */
    private void awaitCaughtUp() {
        try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> read = client.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                var ends = client.listOffsets(read.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all().get();
                return !read.isEmpty() && read.entrySet().stream().allMatch(e -> e.getValue().offset() >= ends.get(e.getKey()).offset());
            });
        }
    }
}
