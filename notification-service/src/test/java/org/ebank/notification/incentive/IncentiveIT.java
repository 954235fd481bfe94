package org.ebank.notification.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.StaffEnrolled;
import org.ebank.contracts.account.StaffRole;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorSignedIn;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.notification.message.Events;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * October 2025 at two branches, told as events: who earns what (to the fen), the branch bonus, and the month submitted by
 * one and approved by another, with a late event in between.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebank.incentive.branch-targets[0].branch=0901", "ebank.incentive.branch-targets[0].month=2025-10",
        "ebank.incentive.branch-targets[0].new-customers[MOBILE]=2", "ebank.incentive.branch-targets[0].new-customers[NETBANK]=1",
        "ebank.incentive.branch-targets[1].branch=0902", "ebank.incentive.branch-targets[1].new-customers[MOBILE]=5"})
class IncentiveIT {

    private static final String OCTOBER = "2025-10";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, IncentiveIT.class);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    Topics topics;

    private final String teller = TestJwts.staff("t901", "0901", false);
    private final String accountManager = TestJwts.staff("m901", "0901", false);
    private final String administrator = TestJwts.staffAdministrator("a901", "0901");
    private final String manager = TestJwts.staff("b901", "0901", true);
    private final String otherManager = TestJwts.staff("b902", "0902", true);

    @Test
    void octoberIsWorkedOutToTheFenSubmittedByOneAndApprovedByTheBranchManagerAfterALateEvent() {
        Events events = new Events(kafka, codec, topics);
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
        assertThat(sheet.get("target").toString()).isEqualTo("{\"newCustomers\":{\"MOBILE\":2,\"NETBANK\":1},"
                + "\"actual\":{\"CORPORATE_NETBANK\":1,\"MOBILE\":3,\"NETBANK\":1},\"reached\":true}");
        assertThat(lines(sheet)).isEqualTo("m901 3 250.00 25.00 275.00; t901 1 20.00 2.00 22.00; ");
        assertThat(sheet.get("staff").get(0).get("referrals").get(0).get("customerId").asText()).isEqualTo("i1");
        JsonNode mine = read("/api/v1/ops/incentives/mine?month=" + OCTOBER, accountManager).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(mine.get("total").asText()).isEqualTo("275.00");
        assertThat(mine.get("referrals")).hasSize(3);
        assertThat(mine.has("approvedTotal")).as("nothing approved yet").isFalse();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lines(sheet("0902", otherManager)))
                .as("5 mobile customers targeted, 1 reached").isEqualTo("m902 1 20.00 0.00 20.00; "));

        // who may: a teller reads only their own; no one reads another branch's
        read("/api/v1/ops/incentives/0901/" + OCTOBER, teller).expectStatus().isForbidden();
        read("/api/v1/ops/incentives/0901/" + OCTOBER, otherManager).expectStatus().isForbidden();
        post("submission", teller).expectStatus().isForbidden();
        post("approval", manager).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").value(t -> assertThat(t.toString())
                .endsWith("incentives-not-submitted"));
        web.post().uri("/api/v1/ops/incentives/0901/" + YearMonth.now(PlatformAutoConfiguration.BANK_ZONE) + "/submission")
                .headers(h -> h.setBearerAuth(administrator)).exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json");

        // the manager submits and may not approve their own submission; the administrator submits it again instead
        post("submission", manager).expectStatus().isOk();
        post("approval", manager).expectStatus().isForbidden().expectBody().jsonPath("$.type")
                .value(t -> assertThat(t.toString()).endsWith("second-approver-required"));
        JsonNode submitted = body(post("submission", administrator).expectStatus().isOk());
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("approval").get("submittedBy").asText()).isEqualTo("a901");
        assertThat(submitted.get("approval").get("staff").toString()).isEqualTo("{\"m901\":\"275.00\",\"t901\":\"22.00\"}");
        post("approval", administrator).expectStatus().isForbidden();

        // a late event changes October: the manager cannot approve what was not submitted
        enrol(events, "i8", Channel.MOBILE, "t901", "2025-10-28T10:00");
        login(events, "i8", Channel.MOBILE, "2025-10-29T10:00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sheet("0901", manager).get("total").asText()).isEqualTo("319.00"));
        post("approval", manager).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .value(t -> assertThat(t.toString()).endsWith("incentives-changed"));

        post("submission", administrator).expectStatus().isOk();
        JsonNode approved = body(post("approval", manager).expectStatus().isOk());
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approval").get("total").asText()).isEqualTo("319.00");
        assertThat(approved.get("approval").get("approvedBy").asText()).isEqualTo("b901");
        assertThat(body(post("approval", manager).expectStatus().isOk()).get("approval").get("approvedBy").asText())
                .as("approving again shows the approval").isEqualTo("b901");
        post("submission", administrator).expectStatus().isEqualTo(409);
        JsonNode tellers = read("/api/v1/ops/incentives/mine?month=" + OCTOBER, teller).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(tellers.get("status").asText()).isEqualTo("APPROVED");
        assertThat(tellers.get("approvedTotal").asText()).as("i7 and i8, 20.00 each, and 10 %").isEqualTo("44.00");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read(
                "/api/v1/ops/audit?subject=0901/" + OCTOBER + "&action=INCENTIVES_APPROVED", manager).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").get(0).get("actor").asText()).isEqualTo("b901"));
    }

    private WebTestClient.ResponseSpec read(String uri, String token) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec post(String step, String token) {
        return web.post().uri("/api/v1/ops/incentives/0901/" + OCTOBER + "/" + step).headers(h -> h.setBearerAuth(token)).exchange();
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
