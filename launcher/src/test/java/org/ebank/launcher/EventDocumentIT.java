package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The events, as the AsyncAPI document describes them: every record the other system tests caused (this class runs
 * after them, before ApiDocumentIT) is read back from the broker and checked against the document — its type one its
 * topic carries, its CloudEvent envelope and payload valid against the message's schema, its key the event's subject,
 * its headers as documented — and no consumer parked a record on a dead-letter topic. Then the KPIs, read again from
 * those events, come out as they were.
 */
@ExtendWith(RunningSystem.class)
@Order(Integer.MAX_VALUE - 1)
class EventDocumentIT {

    private static final String BASE = "https://api.ebank.example/asyncapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document;
    private static JsonSchemaFactory schemas;
    private static Map<String, List<ConsumerRecord<String, String>>> records;

    @BeforeAll
    static void readEverything() throws IOException {
        theEventsNoOtherSystemTestCauses();
        everyConsumerHasCaughtUp();
        document = new YAMLMapper().readTree(Path.of("../contracts/src/main/resources/asyncapi.yaml").toFile());
        String text = document.toString();
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
        records = everyRecordOnTheBroker();
    }

    @Test
    void everyEventOnEveryTopicIsOneTheDocumentDescribes() {
        Map<String, String> messageOfType = new HashMap<>();
        document.at("/components/messages").fields().forEachRemaining(m -> messageOfType.put(m.getValue().path("name").asText(), m.getKey()));
        Map<String, Set<String>> messagesOfTopic = new HashMap<>();
        document.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> messagesOfTopic
                .computeIfAbsent(channel.path("address").asText(), k -> new TreeSet<>())
                .add(ref.path("$ref").asText().replace("#/components/messages/", ""))));
        JsonSchema headers = schemas.getSchema(SchemaLocation.of(BASE + "#/components/schemas/headers"));

        List<String> violations = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        records.forEach((topic, onTopic) -> {
            if (topic.endsWith(".DLT")) {
                return;
            }
            if (!messagesOfTopic.containsKey(topic)) {
                violations.add(topic + ": a topic the document does not list (" + onTopic.size() + " records)");
                return;
            }
            for (ConsumerRecord<String, String> record : onTopic) {
                String where = topic + "/" + record.partition() + "@" + record.offset();
                JsonNode value = parse(record.value());
                String message = messageOfType.get(value.path("type").asText());
                if (message == null || !messagesOfTopic.get(topic).contains(message)) {
                    violations.add(where + ": type " + value.path("type") + " is not one the document lists on this topic");
                    continue;
                }
                seen.merge(value.path("type").asText(), 1, Integer::sum);
                errors(schemas.getSchema(SchemaLocation.of(BASE + "#/components/messages/" + message + "/payload")), value)
                        .forEach(error -> violations.add(where + " " + message + ": " + error));
                if (record.key() == null || !record.key().equals(value.path("subject").asText())) {
                    violations.add(where + ": key " + record.key() + " is not the subject " + value.path("subject"));
                }
                errors(headers, JSON.valueToTree(headersOf(record))).forEach(error -> violations.add(where + " headers: " + error));
            }
        });

        Set<String> unseen = new TreeSet<>(messageOfType.keySet());
        unseen.removeAll(seen.keySet());
        unseen.remove("deadLetter");
        unseen.remove("ebank.wealth.HoldingMatured");
        // a corporate payment waits 24 hours for its checkers before it expires (PaymentIT sees this one; its payload is
        // the one the other payment events carry, which are checked here)
        unseen.remove("ebank.corporate.PaymentExpired");
        // smart pushes are decided once a day at 10:00, a job the system tests turn off (notification-service's PushIT
        // reads the three steps of one push from the broker)
        unseen.removeAll(List.of("ebank.notification.PushSent", "ebank.notification.PushOpened", "ebank.notification.PushConverted"));
        System.out.printf("Event contract: %d records checked on %d topics; per type %s; types no system test caused: %s%n",
                seen.values().stream().mapToInt(Integer::intValue).sum(), records.size(), seen, unseen);
        assertThat(violations).as("records the AsyncAPI document does not describe").isEmpty();
        assertThat(unseen).as("event types no record of was checked").isEmpty();
    }

    @Test
    void noConsumerParkedARecordOnADeadLetterTopic() {
        Map<String, Integer> parked = records.entrySet().stream().filter(e -> e.getKey().endsWith(".DLT") && !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
        assertThat(parked).as("records parked after their retries").isEmpty();
    }

    /** Forgetting the KPI read model and reading the events again from the start gives the same KPIs. */
    @Test
    void theKpisReadAgainFromTheEventsAreTheSame() {
        Kpis.assertARebuildGivesTheSame();
    }

    /**
     * An interbank transfer settled, one the ledger refuses, a 日日升 redemption, a product sold out and an order the
     * ledger refuses. (A holding's maturity needs its term to pass: wealth-service's own tests, on their clock, cause it.)
     */
    private static void theEventsNoOtherSystemTestCauses() {
        Api api = RunningSystem.api();
        DemoData.DemoCustomer young = DemoData.CUSTOMERS.get(1);
        DemoData.DemoCustomer merchant = DemoData.CUSTOMERS.get(3);
        String li = signIn(young);
        String zhao = signIn(merchant);
        String liAccount = api.get("/api/v1/accounts", li).body().at("/items/0/accountId").asText();
        String zhaoAccount = api.get("/api/v1/accounts", zhao).body().at("/items/0/accountId").asText();

        Api.Reply settled = payAnotherBank(api, merchant, zhao, zhaoAccount, "100.00");
        assertThat(settled.status()).as(settled.text()).isEqualTo(201);
        Api.Reply refused = payAnotherBank(api, young, li, liAccount, "20000.00");
        assertThat(refused.body().path("failureReason").asText()).as("more than 李青年 has: " + refused.text()).isEqualTo("INSUFFICIENT_FUNDS");

        assertThat(api.post("/api/v1/wealth/risk-assessments", zhao, Map.of("answers", List.of(5, 5, 5, 5, 5, 5, 5, 5, 5, 5))).status())
                .isEqualTo(201);
        assertThat(api.command("/api/v1/wealth/orders", zhao, Map.of("productCode", "RRS001", "accountId", zhaoAccount,
                "amount", "100.00")).status()).isEqualTo(201);
        String holding = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/wealth/holdings", zhao).body().path("items"),
                items -> items.size() > 0).get(0).path("holdingId").asText();
        assertThat(api.command("/api/v1/wealth/redemptions", zhao, Map.of("holdingId", holding, "amount", "10.00")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/ops/wealth/products", RunningSystem.staffToken(), Map.ofEntries(Map.entry("code", "EVT001"),
                Map.entry("name", "事件理财"), Map.entry("riskLevel", 1), Map.entry("minPurchase", "1000.00"),
                Map.entry("step", "1000.00"), Map.entry("totalQuota", "1000.00"), Map.entry("channels", List.of("NETBANK")),
                Map.entry("salesStart", "2026-01-01T00:00:00+08:00"), Map.entry("salesEnd", DemoData.SALES_END),
                Map.entry("termDays", 7), Map.entry("expectedYield", "0.0150"))).status()).isEqualTo(201);
        assertThat(api.command("/api/v1/wealth/orders", zhao, Map.of("productCode", "EVT001", "accountId", zhaoAccount,
                "amount", "1000.00")).status()).as("the whole quota").isEqualTo(201);
        Api.Reply tooMuch = api.command("/api/v1/wealth/orders", zhao, Map.of("productCode", "RRS001", "accountId", zhaoAccount,
                "amount", "9000000.00"));
        assertThat(tooMuch.text()).as("more than 赵易汇 has").containsIgnoringCase("insufficient");

        String transferId = settled.body().path("transferId").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/transfers/" + transferId, zhao).body().path("status").asText(),
                "SETTLED"::equals);
    }

    /** An interbank transfer to a new payee, with the SMS code: the answer to its confirmation. */
    private static Api.Reply payAnotherBank(Api api, DemoData.DemoCustomer customer, String token, String account, String amount) {
        JsonNode quote = api.post("/api/v1/transfers/quotes", token, Map.of("fromAccountId", account, "toAccountNumber",
                "62220202001199" + customer.phone().substring(7), "toBankCode", "ICBC", "toName", "他行收款人", "amount", amount)).body();
        int sent = RunningSystem.phone().codes(customer.phone()).size();
        api.post("/api/v1/transfers/quotes/" + quote.path("quoteId").asText() + "/otp", token, Map.of());
        return api.command("/api/v1/transfers", token, Map.of("quoteId", quote.path("quoteId").asText(),
                "otp", RunningSystem.phone().codeAfter(customer.phone(), sent)));
    }

    private static String signIn(DemoData.DemoCustomer customer) {
        return RunningSystem.api().post("/api/v1/auth/login", null, Map.of("phone", customer.phone(), "password",
                DemoData.CUSTOMER_PASSWORD, "channel", "NETBANK")).body().path("accessToken").asText();
    }

    /** Every consumer group has read every record (a record still being retried would not be on its dead-letter topic yet). */
    private static void everyConsumerHasCaughtUp() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + RunningSystem.current().system().ports().kafka());
        try (Admin admin = Admin.create(config)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Map<String, Long> lag = new TreeMap<>();
                for (var group : admin.listConsumerGroups().all().get()) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                            .partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get();
                    committed.forEach((partition, offset) -> {
                        long behind = ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
                        if (behind > 0) {
                            lag.merge(group.groupId(), behind, Long::sum);
                        }
                    });
                }
                assertThat(lag).as("records the consumer groups have not read yet").isEmpty();
            });
        }
    }

    private static Map<String, List<ConsumerRecord<String, String>>> everyRecordOnTheBroker() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + RunningSystem.current().system().ports().kafka());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, List<ConsumerRecord<String, String>>> all = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).values().stream().flatMap(List::stream)
                    .filter(p -> p.topic().startsWith("ebank."))
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            partitions.forEach(p -> all.put(p.topic(), new ArrayList<>()));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("the topics are read to their end within a minute").isLessThan(deadline);
                consumer.poll(Duration.ofMillis(500)).forEach(record -> all.get(record.topic()).add(record));
            }
        }
        return all;
    }

    private static Map<String, String> headersOf(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static List<String> errors(JsonSchema schema, JsonNode value) {
        return schema.validate(value.toString(), InputFormat.JSON).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return JSON.createObjectNode().put("type", "(not JSON)");
        }
    }
}
