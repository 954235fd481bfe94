package org.ebank.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.SecurityCodeRequested;
import org.ebank.contracts.corporate.ActivationCodeIssued;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.wealth.HoldingRedeemed;
import org.ebank.contracts.wealth.OrderPlaced;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.notification.delivery.adapter.LocalSmsPhone;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.secrets.Sealer;
import org.ebank.platform.secrets.SealingKey;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ebank.notification.stream-session-check=1s")
class NotificationsIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, NotificationsIT.class);
    }

    @Autowired
    SealingKey sealingKey;
    @Autowired
    WebTestClient web;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    Topics topics;
    @Autowired
    LocalSmsPhone phone;
    @Autowired
    DatabaseClient db;
    @Autowired
    TransactionalOperator tx;

    private Events events;

    @BeforeEach
    void publisher() {
        events = new Events(kafka, codec, topics);
    }

    @Test
    void aBalanceChangeIsOneMessageSmsOnlyFromTheThresholdAndRedeliveryAddsNothing() {
        events.customer("cus-a", "13811110001");
        String big = events.posting("cus-a", "DEBIT", "600.00", "1400.00");
        events.posting("cus-a", "CREDIT", "100.00", "1500.00");
        events.resend(AccountTopics.POSTING, "acc-cus-a", big);
        events.transfer("cus-a", "COMPLETED");

        await().atMost(Duration.ofSeconds(30)).until(() -> messages("cus-a").size() == 3);
        assertThat(phone.messagesTo("13811110001")).hasSize(1)
                .first().asString().contains("尾号1234").contains("支出600.00元").contains("余额1,400.00元").contains("-600.00 CNY");
        assertThat(messages("cus-a")).extracting(m -> m.get("category").asText())
                .containsExactlyInAnyOrder("TRANSACTION", "TRANSACTION", "RESULT");
        assertThat(count("select count(*) from delivery where channel = 'SMS' and address = '13811110001'")).isOne();
    }

    @Test
    void aSubmittedCorporatePaymentIsSentToEachCheckerWhoMayApproveItAndItsEndToTheMakerOnceEach() {
        // 【ebank】 SMS carry no text a person typed: not the payee's name as the maker gave it
        events.operator("ent-1", "op-maker", "MAKER", "13822220001");
        events.operator("ent-1", "op-checker-1", "CHECKER", "13822220002");
        events.operator("ent-1", "op-checker-2", "CHECKER", "13822220003");
        events.operator("ent-1", "op-old", "CHECKER", null);
        String submitted = events.payment(CorporateTopics.PAYMENT_SUBMITTED, "PENDING_APPROVAL", "cpy-1", "op-maker",
                List.of("op-checker-1", "op-checker-2", "op-old", "op-unheard-of"), null);
        events.resend(CorporateTopics.PAYMENT, "cpy-1", submitted);
        events.payment(CorporateTopics.PAYMENT_APPROVED, "PENDING_APPROVAL", "cpy-1", "op-maker", List.of(), null);
        events.payment(CorporateTopics.PAYMENT_COMPLETED, "COMPLETED", "cpy-1", "op-maker", List.of(), null);
        events.payment(CorporateTopics.PAYMENT_FAILED, "FAILED", "cpy-2", "op-maker", List.of(), "INSUFFICIENT_FUNDS");
        // operators started over: a checker's approval no longer counts, a maker's payment is withdrawn
        events.payment(CorporateTopics.PAYMENT_APPROVAL_WITHDRAWN, "PENDING_APPROVAL", "cpy-3", "op-maker", List.of(), null);
        events.payment(CorporateTopics.PAYMENT_WITHDRAWN, "WITHDRAWN", "cpy-4", "op-maker", List.of(), "OPERATOR_RESET");

        await().atMost(Duration.ofSeconds(30)).until(() -> phone.messagesTo("13822220001").size() == 4);
        for (String checker : List.of("13822220002", "13822220003")) {
            assertThat(phone.messagesTo(checker)).as("once, though the event came twice").singleElement().asString()
                    .contains("向尾号6789付款60,000.00元待您复核，需2人复核").doesNotContain("广州供应商");
        }
        assertThat(phone.messagesTo("13822220001")).as("the maker hears of the ends, not of the steps between")
                .anySatisfy(sms -> assertThat(sms).contains("60,000.00元，已复核并付款成功，手续费15.00元"))
                .anySatisfy(sms -> assertThat(sms).contains("付款未成功（余额不足），资金未扣划"))
                .anySatisfy(sms -> assertThat(sms).contains("一位复核人的登录已重置，其复核已撤销，需重新复核（已复核0/2人）"))
                .anySatisfy(sms -> assertThat(sms).contains("因您的企业网银登录已重置而撤回，资金未扣划").doesNotContain("OPERATOR_RESET"));
        assertThat(count("select count(*) from message where customer_id = 'op-old' and category = 'CORPORATE'"))
                .as("a checker enrolled before phones were asked for: kept, not sent").isOne();
        assertThat(count("select count(*) from message where customer_id = 'op-unheard-of'"))
                .as("an operator never heard of: skipped, without holding up the others").isZero();
        assertThat(count("select count(*) from delivery d join message m on m.id = d.message_id where m.customer_id like 'op-%'"))
                .as("by SMS only: operators have no app to push to").isEqualTo(6);
    }

    @Test
    void theEnterpriseHearsOfEveryNewOperatorAndEveryResetAndTheOperatorAloneGetsTheirActivationCode() {
        events.enterprise("ent-2", "13822220010");
        events.oldOperator("ent-2", "op-maker-2", "MAKER", "13822220013");
        events.operator("ent-2", "op-admin-2", "ADMIN", "13822220011");
        events.operator("ent-2", "op-checker-2a", "CHECKER", "13822220012");
        String sealed = Sealer.with(sealingKey.publicJwk()).seal("K7MQ-2WXZ-9PHT").block();
        events.operatorReset("ent-2", "op-admin-2", "ADMIN");
        events.activationCode("ent-2", "op-admin-2", "ADMIN", sealed, ActivationCodeIssued.Purpose.RESET);

        await().atMost(Duration.ofSeconds(30)).until(() -> phone.messagesTo("13822220010").size() == 3);
        assertThat(phone.messagesTo("13822220010")).as("the enterprise's contact phone")
                .anySatisfy(sms -> assertThat(sms).contains("新增一名管理员，手机尾号0011"))
                .anySatisfy(sms -> assertThat(sms).contains("新增一名复核员，手机尾号0012").doesNotContain("操作员op"))
                .anySatisfy(sms -> assertThat(sms).contains("管理员的登录已于").contains("如非贵企业申请，请立即致电银行"));
        await().atMost(Duration.ofSeconds(30)).until(() -> phone.messagesTo("13822220011").size() == 1);
        assertThat(phone.messagesTo("13822220011").get(0)).as("the administrator's new code, to their phone alone")
                .contains("管理员登录已重置").contains("激活码K7MQ-2WXZ-9PHT，").contains("银行工作人员不会向您索要");
        assertThat(phone.messagesTo("13822220010")).as("never to the enterprise's contact phone").noneSatisfy(sms -> assertThat(sms).contains("K7MQ"));
        assertThat(count("select count(*) from message where body like '%K7MQ%' or body_en like '%K7MQ%'")).as("never kept").isZero();
        assertThat(phone.messagesTo("13822220010")).as("an enrolment two days old (a topic read from its start) is not news")
                .noneSatisfy(sms -> assertThat(sms).contains("经办员"));

        // the administrator's sessions of before the reset read their messages no longer; the new one and others' do
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/v1/messages")
                .headers(h -> h.setBearerAuth(TestJwts.operator("op-admin-2", "ent-2", "ADMIN", 0))).exchange()
                .expectStatus().isUnauthorized().expectHeader().contentType("application/problem+json"));
        web.get().uri("/api/v1/messages").headers(h -> h.setBearerAuth(TestJwts.operator("op-admin-2", "ent-2", "ADMIN", 1))).exchange()
                .expectStatus().isOk();
        web.get().uri("/api/v1/messages").headers(h -> h.setBearerAuth(TestJwts.operator("op-checker-2a", "ent-2", "CHECKER", 0)))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aLiveStreamOpenedBeforeAnOperatorIsStartedOverEndsOnceTheResetIsHeardOf() {
        events.enterprise("ent-3", "13822220020");
        events.operator("ent-3", "op-maker-3", "MAKER", "13822220021");
        events.operator("ent-3", "op-checker-3", "CHECKER", "13822220022");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where customer_id like 'op-%-3'") == 2);
        var lost = web.get().uri("/api/v1/messages/stream").headers(h -> h.setBearerAuth(TestJwts.operator("op-maker-3", "ent-3", "MAKER", 0)))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new org.springframework.core.ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody();
        var colleague = web.get().uri("/api/v1/messages/stream")
                .headers(h -> h.setBearerAuth(TestJwts.operator("op-checker-3", "ent-3", "CHECKER", 0)))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new org.springframework.core.ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody();
        StepVerifier.create(lost)
                .expectNextMatches(connected -> "connected".equals(connected.comment()))
                .then(() -> events.operatorReset("ent-3", "op-maker-3", "MAKER"))
                .expectNextMatches(event -> "session-ended".equals(event.comment()))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        StepVerifier.create(colleague)
                .expectNextMatches(connected -> "connected".equals(connected.comment()))
                .expectNoEvent(Duration.ofSeconds(3))
                .as("a colleague's stream goes on")
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void theCustomersOwnThresholdDecidesWhatGoesBySms() {
        events.customer("cus-b", "13811110002");
        web.put().uri("/api/v1/notification-preferences").headers(h -> h.setBearerAuth(token("cus-b")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("smsThreshold", "50.00", "smsEnabled", true, "pushEnabled", true, "quietStart", "22:00",
                        "quietEnd", "08:00", "marketingOptOut", true))
                .exchange().expectStatus().isOk();
        events.posting("cus-b", "CREDIT", "80.00", "80.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> phone.messagesTo("13811110002").size() == 1);
        web.get().uri("/api/v1/notification-preferences").headers(h -> h.setBearerAuth(token("cus-b"))).exchange()
                .expectBody().jsonPath("$.marketingOptOut").isEqualTo(true);
    }

    @Test
    void aOneTimePasswordGoesBySmsAtOnceAndIsNeverKept() {
        events.customer("cus-c", "13811110003");
        String sealed = Sealer.with(sealingKey.publicJwk()).seal("482913").block();
        assertThat(sealed).as("on the topic the code is sealed").doesNotContain("482913");
        events.otp("cus-c", sealed);
        await().atMost(Duration.ofSeconds(30)).until(() -> !phone.messagesTo("13811110003").isEmpty());
        assertThat(phone.messagesTo("13811110003").get(0)).contains("482913");
        assertThat(count("select count(*) from message where body like '%482913%' or body_en like '%482913%'")).isZero();
        assertThat(count("select count(*) from delivery d join message m on m.id = d.message_id where m.customer_id = 'cus-c'")).isZero();
    }

    @Test
    void eachCodeSaysWhatItIsFor() {
        events.customer("cus-f", "13811110006");
        events.otp("cus-f", Sealer.with(sealingKey.publicJwk()).seal("111222").block(), "SCHEDULE");
        await().atMost(Duration.ofSeconds(30)).until(() -> phone.messagesTo("13811110006").size() == 1);
        events.securityCode("cus-f", Sealer.with(sealingKey.publicJwk()).seal("333444").block(), SecurityCodeRequested.Purpose.ENROLMENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> phone.messagesTo("13811110006").size() == 2);
        events.securityCode("cus-f", Sealer.with(sealingKey.publicJwk()).seal("555666").block(), SecurityCodeRequested.Purpose.NEW_DEVICE);
        await().atMost(Duration.ofSeconds(30)).until(() -> phone.messagesTo("13811110006").size() == 3);
        assertThat(phone.messagesTo("13811110006")).satisfiesExactly(
                newDevice -> assertThat(newDevice).contains("555666").contains("新设备登录"),
                enrolment -> assertThat(enrolment).contains("333444").contains("开通手机银行"),
                schedule -> assertThat(schedule).contains("111222").contains("预约转账").contains("自动执行"));
        assertThat(count("select count(*) from message where customer_id = 'cus-f' and (body ~ '111222|333444|555666' "
                + "or body_en ~ '111222|333444|555666')")).as("codes are sent, never kept").isZero();
    }

    @Test
    void aCodeSealedForAnotherKeyIsParkedNotSent() {
        events.customer("cus-e", "13811110005");
        String forSomeoneElse = Sealer.with(SealingKey.from(null).publicJwk()).seal("771100").block();
        events.otp("cus-e", forSomeoneElse);
        events.login("cus-e", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> !phone.messagesTo("13811110005").isEmpty());
        assertThat(phone.messagesTo("13811110005")).as("the alert after it went out; the code never did").hasSize(1)
                .first().asString().contains("新设备");
    }

    @Test
    void aLoginFromANewDeviceIsASecurityAlertBySms() {
        events.customer("cus-d", "13811110004");
        events.login("cus-d", false);
        events.login("cus-d", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> !phone.messagesTo("13811110004").isEmpty());
        assertThat(phone.messagesTo("13811110004")).hasSize(1).first().asString().contains("新设备");
        assertThat(messages("cus-d")).extracting(m -> m.get("category").asText()).containsExactly("SECURITY");
    }

    @Test
    void theLiveStreamDeliversANewMessageWithinASecond() {
        events.customer("cus-e", "13811110005");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where customer_id = 'cus-e'") == 1);
        var stream = web.get().uri("/api/v1/messages/stream").headers(h -> h.setBearerAuth(token("cus-e")))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new org.springframework.core.ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody();
        var published = new java.util.concurrent.atomic.AtomicLong();
        StepVerifier.create(stream)
                .expectNextMatches(connected -> "connected".equals(connected.comment()))
                .then(() -> {
                    events.posting("cus-e", "CREDIT", "10.00", "10.00");
                    published.set(System.nanoTime());
                })
                .expectNextMatches(event -> event.data() != null && event.data().get("category").asText().equals("TRANSACTION"))
                .then(() -> assertThat(Duration.ofNanos(System.nanoTime() - published.get()))
                        .as("from the event on the broker to the message on the open stream").isLessThan(Duration.ofSeconds(1)))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void aMessageAnotherInstanceStoredReachesAStreamOpenOnThisOneOnceItsTransactionCommitsAndNeverIfItRollsBack() {
        var stream = web.get().uri("/api/v1/messages/stream").headers(h -> h.setBearerAuth(token("cus-g")))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new org.springframework.core.ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody();
        StepVerifier.create(stream)
                .expectNextMatches(connected -> "connected".equals(connected.comment()))
                .then(() -> {
                    storeAsAnotherInstanceWould("msg-g-rolled-back", true);
                    storeAsAnotherInstanceWould("msg-g-committed", false);
                })
                .expectNextMatches(event -> "msg-g-committed".equals(event.id()) && event.data().get("title").asText().equals("动账提醒"))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void whenTheLiveStreamsListenIsLostTheOpenStreamEndsAndReopenedWithItsLastIdIsSentWhatItMissed() {
        storeAsAnotherInstanceWould("cus-j", "msg-j-1", false);
        var stream = web.get().uri("/api/v1/messages/stream").headers(h -> h.setBearerAuth(token("cus-j")))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new org.springframework.core.ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody();
        StepVerifier.create(stream)
                .expectNextMatches(connected -> "connected".equals(connected.comment()) && "msg-j-1".equals(connected.id()))
                .then(() -> db.sql("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where datname = current_database() and query = 'listen message_stored'").then().block())
                .expectNextMatches(end -> "reconnect".equals(end.comment()))
                .expectComplete()
                .verify(Duration.ofSeconds(20));

        // stored after the stream ended; the app reconnects with the id it had, and both arrive, oldest first
        storeAsAnotherInstanceWould("cus-j", "msg-j-2", false);
        storeAsAnotherInstanceWould("cus-j", "msg-j-3", false);
        var reopened = web.get().uri("/api/v1/messages/stream").headers(h -> h.setBearerAuth(token("cus-j")))
                .header("Last-Event-ID", "msg-j-1").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new org.springframework.core.ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody();
        StepVerifier.create(reopened)
                .expectNextMatches(connected -> "connected".equals(connected.comment()))
                .expectNextMatches(event -> "msg-j-2".equals(event.id()))
                .expectNextMatches(event -> "msg-j-3".equals(event.id()))
                .then(() -> storeAsAnotherInstanceWould("cus-j", "msg-j-4", false))
                .expectNextMatches(event -> "msg-j-4".equals(event.id()))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }

    private void storeAsAnotherInstanceWould(String messageId, boolean rollBack) {
        storeAsAnotherInstanceWould("cus-g", messageId, rollBack);
    }

    /** What another notification-service instance does with a new message: stores it, in a transaction of its own. */
    private void storeAsAnotherInstanceWould(String customerId, String messageId, boolean rollBack) {
        Mono<Long> insert = db.sql("""
                        insert into message (id, customer_id, event_id, category, title, body, body_en, created_at)
                        values (:id, :customer, :id, 'TRANSACTION', '动账提醒', '您尾号0001的账户转入10.00元', 'Credit of 10.00', now())""")
                .bind("id", messageId).bind("customer", customerId).fetch().rowsUpdated();
        tx.transactional(rollBack ? insert.then(Mono.error(new IllegalStateException("rolled back"))) : insert)
                .onErrorResume(IllegalStateException.class, e -> Mono.empty()).block();
    }

    @Test
    void aWealthPurchaseAndARedemptionAreConfirmedInTheMessageCentre() {
        events.customer("cus-w", "13811110007");
        events.send(WealthTopics.ORDER, "cus-w", WealthTopics.ORDER_PLACED, new OrderPlaced("ord-w", "cus-w", "acc-w", "RRS001", 1,
                new BigDecimal("2000.00"), Channel.MOBILE, true, false, "PLACED", null, Instant.now()));
        events.send(WealthTopics.ORDER, "cus-w", WealthTopics.HOLDING_REDEEMED, new HoldingRedeemed("h-w", "cus-w", "acc-w", "RRS001",
                "REDEEMED", new BigDecimal("500.00"), null, new BigDecimal("1500.00"), true, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> messages("cus-w").size() == 2);
        assertThat(messages("cus-w")).extracting(m -> m.get("title").asText()).containsExactlyInAnyOrder("理财申购成功", "理财赎回成功");
        assertThat(messages("cus-w").toString()).contains("2,000.00元").contains("500.00元");
    }

    @Test
    void aCustomerOpensOnlyTheirOwnMessages() {
        events.customer("cus-f", "13811110006");
        events.posting("cus-f", "CREDIT", "10.00", "10.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> messages("cus-f").size() == 1);
        String id = messages("cus-f").get(0).get("messageId").asText();
        web.post().uri("/api/v1/messages/{id}/opened", id).headers(h -> h.setBearerAuth(token("cus-a"))).exchange().expectStatus().isNotFound();
        web.post().uri("/api/v1/messages/{id}/opened", id).headers(h -> h.setBearerAuth(token("cus-f"))).exchange().expectStatus().isOk();
    }

    private List<JsonNode> messages(String customer) {
        JsonNode page = web.get().uri("/api/v1/messages").headers(h -> h.setBearerAuth(token(customer))).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> items = new java.util.ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    private static String token(String customer) {
        return TestJwts.customer(customer, "MOBILE");
    }
}
