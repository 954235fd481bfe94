package org.ebank.notification.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.notification.NotificationTopics;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.wealth.OrderPlaced;
import org.ebank.contracts.wealth.ProductLaunched;
import org.ebank.contracts.wealth.RiskAssessed;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.infra.test.TestInfra;
import org.ebank.notification.delivery.adapter.LocalSmsPhone;
import org.ebank.notification.message.Events;
import org.ebank.notification.push.application.RecommendPushes;
import org.ebank.notification.push.application.SendDuePushes;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.MutableClock;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Smart push through the real broker: profiles from events, suitability, quiet hours, the weekly limit, opt-out, conversion. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ebank.push.recommend-cron=-", "ebank.push.send-every=1h"})
@Import(PushIT.Clocks.class)
class PushIT {

    private static final LocalDateTime ELEVEN_PM = LocalDateTime.of(2026, 11, 27, 23, 0);

    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, PushIT.class);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return MutableClock.at(ELEVEN_PM, PlatformAutoConfiguration.BANK_ZONE);
        }
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
    MutableClock clock;
    @Autowired
    DatabaseClient db;
    @Autowired
    LocalSmsPhone phone;
    @Autowired
    RecommendPushes recommend;
    @Autowired
    SendDuePushes send;

    @Test
    void aC2CustomerIsPushedSuitableProductsOutsideQuietHoursAtMostTwiceAWeekWithAReasonAndAPurchaseConverts() {
        Events events = new Events(kafka, codec, topics);
        Instant now = clock.instant();
        product(events, "HIGH", "高收益R4", 4, "0.0800", now);
        product(events, "SAFE", "稳盈30天", 2, "0.0250", now);
        product(events, "STEADY", "安心60天", 1, "0.0220", now);
        customer(events, "cus-c2", "13700000001", 2, now);
        customer(events, "cus-out", "13700000002", 5, now);
        web.put().uri("/api/v1/notification-preferences").headers(h -> h.setBearerAuth(TestJwts.customer("cus-out", "MOBILE")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("smsThreshold", "500.00", "smsEnabled", true, "pushEnabled", true,
                        "quietStart", "22:00", "quietEnd", "08:00", "marketingOptOut", true))
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from push_offer") == 3
                && count("select count(*) from push_risk") == 2 && count("select count(*) from push_balance_day") == 2
                && count("select count(*) from recipient") == 2);

        assertThat(recommend.run().block()).as("one push, for cus-c2 only: cus-out opted out").isEqualTo(1);
        assertThat(strings("select product_code || ' ' || status from push where customer_id = 'cus-c2'")).containsExactly("SAFE PENDING");
        assertThat(strings("select reason from push")).singleElement().asString()
                .startsWith("您的活期余额近30天平均6.0万元").contains("C2").endsWith("推荐您了解「稳盈30天」。");

        // 23:00: the push waits; a security alert does not
        events.send(AccountTopics.CUSTOMER, "cus-c2", AccountTopics.CUSTOMER_LOGGED_IN,
                new CustomerLoggedIn("cus-c2", Channel.MOBILE, "new-phone", true, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> phone.messagesTo("13700000001").stream().anyMatch(sms -> sms.contains("新设备")));
        assertThat(send.run().block()).isZero();
        clock.set(LocalDateTime.of(2026, 11, 28, 7, 59));
        assertThat(send.run().block()).as("still quiet at 07:59").isZero();
        assertThat(messages("cus-c2")).extracting(m -> m.get("category").asText()).contains("SECURITY").doesNotContain("MARKETING");

        clock.set(LocalDateTime.of(2026, 11, 28, 8, 0));
        assertThat(send.run().block()).isEqualTo(1);
        JsonNode pushed = messages("cus-c2").stream().filter(m -> m.get("category").asText().equals("MARKETING")).findFirst().orElseThrow();
        assertThat(pushed.toString()).contains("稳盈30天").contains("平均6.0万元");
        assertThat(count("select count(*) from delivery d join message m on m.id = d.message_id "
                + "where m.category = 'MARKETING' and d.channel = 'PUSH'")).isOne();

        // a second push the same week is allowed (another product), a third is not
        assertThat(recommend.run().block()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(recommend.run().block()).isZero();
        assertThat(strings("select product_code from push where customer_id = 'cus-c2' order by decided_at")).containsExactly("SAFE", "STEADY");
        assertThat(strings("select product_code from push")).doesNotContain("HIGH");

        web.post().uri("/api/v1/messages/{id}/opened", pushed.get("messageId").asText())
                .headers(h -> h.setBearerAuth(TestJwts.customer("cus-c2", "MOBILE"))).exchange().expectStatus().isOk();
        events.send(WealthTopics.ORDER, "cus-c2", WealthTopics.ORDER_PLACED, new OrderPlaced("ord-1", "cus-c2", "acc-cus-c2", "SAFE", 2,
                new BigDecimal("20000.00"), Channel.MOBILE, false, false, "PLACED", null, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from push where converted_order_id = 'ord-1'") == 1);
        web.post().uri("/api/v1/messages/{id}/opened", pushed.get("messageId").asText())
                .headers(h -> h.setBearerAuth(TestJwts.customer("cus-c2", "MOBILE"))).exchange().expectStatus().isOk();

        // the KPIs' push funnel hears each step once: sent (the second push is still pending), opened (the first time), bought
        List<JsonNode> steps = TopicReader.read(namespace.bootstrapServers(), topics.name(NotificationTopics.PUSH), 3, r -> true,
                Duration.ofSeconds(30)).stream().map(r -> json(r.value())).toList();
        assertThat(steps).extracting(e -> e.get("type").asText())
                .containsExactly(NotificationTopics.PUSH_SENT, NotificationTopics.PUSH_OPENED, NotificationTopics.PUSH_CONVERTED);
        String pushId = strings("select id from push where converted_order_id = 'ord-1'").get(0);
        assertThat(steps).allSatisfy(e -> {
            assertThat(e.at("/data/pushId").asText()).isEqualTo(pushId);
            assertThat(e.at("/data/customerId").asText()).isEqualTo("cus-c2");
            assertThat(e.at("/data/productCode").asText()).isEqualTo("SAFE");
        });
        assertThat(steps.get(2).at("/data/orderId").asText()).isEqualTo("ord-1");
        assertThat(count("select count(*) from outbox_event where event_type = '" + NotificationTopics.PUSH_OPENED + "'"))
                .as("opened twice, told once").isOne();
    }

    private static JsonNode json(String value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private void product(Events events, String code, String name, int risk, String yield, Instant now) {
        events.send(WealthTopics.PRODUCT, code, WealthTopics.PRODUCT_LAUNCHED, new ProductLaunched(code, name, risk, new BigDecimal("10000.00"),
                new BigDecimal("1000000.00"), List.of(Channel.MOBILE, Channel.NETBANK), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)),
                List.of(), 30, new BigDecimal(yield), false, now));
    }

    private void customer(Events events, String id, String phoneNumber, int risk, Instant now) {
        events.send(AccountTopics.CUSTOMER, id, AccountTopics.CUSTOMER_REGISTERED,
                new CustomerRegistered(id, "客户", phoneNumber, LocalDate.of(1985, 5, 5), now.minus(Duration.ofDays(400))));
        events.send(AccountTopics.ACCOUNT, "acc-" + id, AccountTopics.ACCOUNT_OPENED,
                new AccountOpened("acc-" + id, id, CardProduct.STANDARD, "440100", "0001", "hash-" + id, null, now.minus(Duration.ofDays(400)), null));
        events.send(AccountTopics.POSTING, "acc-" + id, AccountTopics.POSTING_RECORDED, new PostingRecorded("p-" + id, "acc-" + id, id,
                CardProduct.STANDARD, "0001", Direction.CREDIT, new BigDecimal("60000.00"), new BigDecimal("60000.00"), Channel.COUNTER, "CASH_DEPOSIT", null,
                now.minus(Duration.ofDays(40))));
        events.send(WealthTopics.CUSTOMER, id, WealthTopics.RISK_ASSESSED,
                new RiskAssessed(id, risk, now.plus(Duration.ofDays(365)), now.minus(Duration.ofDays(1))));
    }

    private List<JsonNode> messages(String customer) {
        JsonNode page = web.get().uri("/api/v1/messages").headers(h -> h.setBearerAuth(TestJwts.customer(customer, "MOBILE"))).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> items = new java.util.ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    private List<String> strings(String sql) {
        return db.sql(sql).map(row -> row.get(0, String.class)).all().collectList().block();
    }
}
