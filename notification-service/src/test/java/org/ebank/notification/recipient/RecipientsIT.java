package org.ebank.notification.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.notification.recipient.application.RecipientRepository;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class RecipientsIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, RecipientsIT.class);
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    Topics topics;
    @Autowired
    RecipientRepository recipients;
    @Autowired
    DatabaseClient db;

    @Test
    void aRegisteredCustomerBecomesARecipientOnceHoweverOftenTheEventArrives() throws Exception {
        String event = registered("cus_1", "13800138001");
        send("cus_1", event);
        send("cus_1", event);
        send("cus_1", registered("cus_marker", "13800138002"));

        await().atMost(Duration.ofSeconds(30)).until(() -> recipients.findByCustomerId("cus_marker").blockOptional().isPresent());
        assertThat(recipients.findByCustomerId("cus_1").block().phone()).isEqualTo("13800138001");
        Long processed = db.sql("select count(*) as n from processed_event where consumer = 'recipients'")
                .map((row, meta) -> row.get("n", Long.class)).one().block();
        assertThat(processed).isEqualTo(2);
    }

    private String registered(String customerId, String phone) {
        var payload = new CustomerRegistered(customerId, "张三", phone, LocalDate.of(1980, 5, 1), Instant.now());
        return codec.write(codec.wrap(UUID.randomUUID(), AccountTopics.CUSTOMER_REGISTERED, customerId, payload));
    }

    private void send(String key, String value) throws Exception {
        kafka.send(topics.name(AccountTopics.CUSTOMER), key, value).get();
    }
}
