package org.ebank.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.account.SecurityCodeRequested;
import org.ebank.contracts.account.StarLevelChanged;
import org.ebank.contracts.audit.ActionRecorded;
import org.ebank.contracts.audit.AuditTopics;
import org.ebank.contracts.transfer.CashOperationRecorded;
import org.ebank.contracts.transfer.FeeCharged;
import org.ebank.contracts.transfer.FeeWaived;
import org.ebank.contracts.transfer.OtpRequested;
import org.ebank.contracts.transfer.TransferCompleted;
import org.ebank.contracts.transfer.TransferFailed;
import org.ebank.contracts.transfer.TransferReturned;
import org.ebank.contracts.transfer.TransferSettled;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.wealth.HoldingMatured;
import org.ebank.contracts.wealth.HoldingRedeemed;
import org.ebank.contracts.wealth.OrderFailed;
import org.ebank.contracts.wealth.OrderPlaced;
import org.ebank.contracts.wealth.ProductLaunched;
import org.ebank.contracts.wealth.ProductSoldOut;
import org.ebank.contracts.wealth.RiskAssessed;
import org.ebank.contracts.wealth.WealthTopics;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document in src/main/resources is generated from the topic constants and the payload records; this test
 * fails when they drift apart (a new topic, event type or field), and writes the document they describe to
 * target/asyncapi.yaml to copy over.
 */
class AsyncApiDocumentTest {

    private static final Path CHECKED_IN = Path.of("src/main/resources/asyncapi.yaml");

    /** Each topic, and each CloudEvent type on it with its payload record. */
    private static final Map<String, Map<String, Class<? extends Record>>> TOPICS = topics();

    @Test
    void theCheckedInDocumentDescribesEveryTopicEventAndFieldAsTheRecordsAre() throws IOException {
        String generated = document();
        String checkedIn = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN) : "";
        if (!checkedIn.equals(generated)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/asyncapi.yaml"), generated, StandardCharsets.UTF_8);
        }
        assertThat(checkedIn).as("src/main/resources/asyncapi.yaml is out of date: see target/asyncapi.yaml").isEqualTo(generated);
    }

    @Test
    void everyTopicAndEventTypeConstantIsInTheDocument() throws IllegalAccessException {
        TreeSet<String> declared = new TreeSet<>();
        for (Class<?> constants : List.of(AccountTopics.class, TransferTopics.class, WealthTopics.class, AuditTopics.class)) {
            for (Field field : constants.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    declared.add((String) field.get(null));
                }
            }
        }
        TreeSet<String> described = new TreeSet<>(TOPICS.keySet());
        TOPICS.values().forEach(types -> described.addAll(types.keySet()));
        assertThat(described).isEqualTo(declared);
    }

    private static String document() {
        StringBuilder yaml = new StringBuilder("""
                # Generated from the contracts module by AsyncApiDocumentTest: change the records and topic constants, then copy
                # target/asyncapi.yaml here.
                asyncapi: 2.6.0
                info:
                  title: ebank events
                  version: 1.0.0
                  description: >-
                    Every event is a CloudEvent 1.0 in JSON (id, source, type, time, subject = the key, data = the payload below),
                    published through a transactional outbox and keyed by the aggregate that needs ordering. Amounts are exact
                    decimals in yuan. A traceparent header carries the trace of the work that wrote the event.
                defaultContentType: application/cloudevents+json
                channels:
                """);
        TOPICS.forEach((topic, types) -> {
            yaml.append("  ").append(topic).append(":\n    subscribe:\n      message:\n        oneOf:\n");
            types.keySet().forEach(type -> yaml.append("          - $ref: '#/components/messages/").append(type).append("'\n"));
        });
        yaml.append("components:\n  messages:\n");
        TOPICS.values().forEach(types -> types.forEach((type, payload) -> yaml.append("    ").append(type).append(":\n")
                .append("      name: ").append(type).append("\n      payload:\n        $ref: '#/components/schemas/")
                .append(payload.getSimpleName()).append("'\n")));
        yaml.append("  schemas:\n");
        new TreeSet<>(TOPICS.values().stream().flatMap(types -> types.values().stream()).map(Class::getName).toList())
                .forEach(name -> schema(yaml, record(name)));
        return yaml.toString();
    }

    private static void schema(StringBuilder yaml, Class<?> record) {
        yaml.append("    ").append(record.getSimpleName()).append(":\n      type: object\n      properties:\n");
        for (RecordComponent component : record.getRecordComponents()) {
            yaml.append("        ").append(component.getName()).append(": ").append(type(component.getGenericType())).append("\n");
        }
    }

    private static String type(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            return "{type: object, additionalProperties: " + type(generic.getActualTypeArguments()[1]) + "}";
        }
        if (type instanceof ParameterizedType list) {
            return "{type: array, items: " + type(list.getActualTypeArguments()[0]) + "}";
        }
        if (type == String.class) {
            return "{type: string}";
        }
        if (type == BigDecimal.class) {
            return "{type: number, description: exact decimal}";
        }
        if (type == Instant.class) {
            return "{type: string, format: date-time}";
        }
        if (type == LocalDate.class) {
            return "{type: string, format: date}";
        }
        if (type == int.class || type == Integer.class) {
            return "{type: integer}";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "{type: boolean}";
        }
        if (type instanceof Class<?> values && values.isEnum()) {
            return "{type: string, enum: [" + String.join(", ", Arrays.stream(values.getEnumConstants()).map(Object::toString).toList())
                    + "]}";
        }
        throw new IllegalArgumentException("no schema for " + type);
    }

    private static Class<?> record(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Map<String, Class<? extends Record>>> topics() {
        Map<String, Map<String, Class<? extends Record>>> topics = new LinkedHashMap<>();
        topics.put(AccountTopics.CUSTOMER, ordered(AccountTopics.CUSTOMER_REGISTERED, CustomerRegistered.class,
                AccountTopics.CUSTOMER_ENROLLED, CustomerEnrolled.class, AccountTopics.CUSTOMER_LOGGED_IN, CustomerLoggedIn.class,
                AccountTopics.SECURITY_CODE_REQUESTED, SecurityCodeRequested.class));
        topics.put(AccountTopics.ACCOUNT, ordered(AccountTopics.ACCOUNT_OPENED, AccountOpened.class,
                AccountTopics.STAR_LEVEL_CHANGED, StarLevelChanged.class));
        topics.put(AccountTopics.POSTING, ordered(AccountTopics.POSTING_RECORDED, PostingRecorded.class));
        topics.put(TransferTopics.TRANSFER, ordered(TransferTopics.TRANSFER_COMPLETED, TransferCompleted.class,
                TransferTopics.TRANSFER_FAILED, TransferFailed.class, TransferTopics.TRANSFER_SETTLED, TransferSettled.class,
                TransferTopics.TRANSFER_RETURNED, TransferReturned.class, TransferTopics.FEE_CHARGED, FeeCharged.class,
                TransferTopics.FEE_WAIVED, FeeWaived.class, TransferTopics.CASH_OPERATION_RECORDED, CashOperationRecorded.class));
        topics.put(TransferTopics.OTP, ordered(TransferTopics.OTP_REQUESTED, OtpRequested.class));
        topics.put(WealthTopics.ORDER, ordered(WealthTopics.ORDER_PLACED, OrderPlaced.class, WealthTopics.ORDER_FAILED,
                OrderFailed.class, WealthTopics.HOLDING_REDEEMED, HoldingRedeemed.class, WealthTopics.HOLDING_MATURED,
                HoldingMatured.class));
        topics.put(WealthTopics.PRODUCT, ordered(WealthTopics.PRODUCT_LAUNCHED, ProductLaunched.class, WealthTopics.PRODUCT_SOLD_OUT,
                ProductSoldOut.class));
        topics.put(WealthTopics.CUSTOMER, ordered(WealthTopics.RISK_ASSESSED, RiskAssessed.class));
        topics.put(AuditTopics.AUDIT, ordered(AuditTopics.ACTION_RECORDED, ActionRecorded.class));
        return topics;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Record>> ordered(Object... typeAndPayload) {
        Map<String, Class<? extends Record>> types = new LinkedHashMap<>();
        List<Object> pairs = new ArrayList<>(List.of(typeAndPayload));
        for (int i = 0; i < pairs.size(); i += 2) {
            types.put((String) pairs.get(i), (Class<? extends Record>) pairs.get(i + 1));
        }
        return types;
    }
}
