package org.ebank.contracts;


import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
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
import org.ebank.contracts.account.BranchOpened;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.account.SecurityCodeRequested;
import org.ebank.contracts.account.StaffActivationCodeIssued;
import org.ebank.contracts.account.StaffEnrolled;
import org.ebank.contracts.account.StaffLeft;
import org.ebank.contracts.account.StarLevelChanged;
import org.ebank.contracts.audit.ActionRecorded;
import org.ebank.contracts.audit.AuditTopics;
import org.ebank.contracts.corporate.ActivationCodeIssued;
import org.ebank.contracts.corporate.CashSwept;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.contracts.corporate.OperatorActivated;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorReset;
import org.ebank.contracts.corporate.OperatorSignedIn;
import org.ebank.contracts.corporate.PaymentEvent;
import org.ebank.contracts.corporate.PayrollDisbursed;
import org.ebank.contracts.notification.NotificationTopics;
import org.ebank.contracts.notification.PushEvent;
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
import org.ebank.contracts.payment.BillPaymentEvent;
import org.ebank.contracts.payment.EtcDebitEvent;
import org.ebank.contracts.payment.PaymentTopics;
import org.ebank.contracts.wealth.WealthTopics;

/**
 * Writes the AsyncAPI document of the events from the topic constants and the payload records: each topic with its Kafka
 * binding and dead-letter topic, the CloudEvent envelope and each payload's schema (required unless {@link Nullable};
 * a decimal is an amount with two decimals unless it is a {@link Rate}).
 */
final class AsyncApiDocument {

    /** Each topic, and each CloudEvent type on it with its payload record. */
    static final Map<String, Map<String, Class<? extends Record>>> TOPICS = topics();

    private static final String MONEY = "{type: string, pattern: '^-?(0|[1-9][0-9]*)\\.[0-9]{2}$',"
            + " description: 'yuan, exact to the fen', examples: ['1000.00']}";
    private static final String RATE = "{type: string, pattern: '^-?(0|[1-9][0-9]*)\\.[0-9]{2,}$',"
            + " description: 'a decimal fraction, 0.0385 is 3.85 %', examples: ['0.0385']}";

    private AsyncApiDocument() {
    }

    static String generate() {
        StringBuilder yaml = new StringBuilder("""
                # Generated from the contracts module by AsyncApiDocumentTest: change the records and topic constants, then copy
                # target/asyncapi.yaml here.
                asyncapi: 3.0.0
                info:
                  title: ebank events
                  version: 1.0.0
                  description: >-
                    The events ebank's services publish to Kafka. Every record's value is a CloudEvent 1.0 in structured JSON
                    (id, source = the publishing service, type, time, subject = the record's key, data = the payload), written
                    through a transactional outbox in the same database transaction as the change it announces, so an event is
                    published if and only if its change happened (at least once: consumers skip an id they have processed). The
                    key is the aggregate whose events must stay in order (a customer, an account, a product), so one partition
                    carries them in order. A traceparent header carries the W3C trace of the work that wrote the event. Amounts are
                    strings of exact decimals in yuan with two decimals ("1000.00"), never JSON numbers, as in the REST API; rates
                    (an expected yield) are decimal fractions as strings ("0.0385"). Consumers also read the JSON numbers of
                    events written before amounts became strings. A consumer that cannot process a record retries it with backoff, then parks it on the
                    topic's dead-letter topic (<topic>.DLT) as it was, with why in its headers.
                defaultContentType: application/cloudevents+json
                servers:
                  local:
                    host: 127.0.0.1:19092
                    protocol: kafka
                    description: The broker ./ebank run starts (tests prefix the topic names).
                channels:
                """);
        TOPICS.forEach((topic, types) -> {
            String channel = channelId(topic);
            yaml.append("  ").append(channel).append(":\n    address: ").append(topic).append("\n    messages:\n");
            types.keySet().forEach(type -> yaml.append("      ").append(messageId(type)).append(":\n        $ref: '#/components/messages/")
                    .append(messageId(type)).append("'\n"));
            yaml.append(binding(topic));
            yaml.append("  ").append(channel).append("DeadLetters:\n    address: ").append(topic).append(".DLT\n")
                    .append("    description: Records of ").append(topic).append(" a consumer could not process after its retries, as they were.\n")
                    .append("    messages:\n      deadLetter:\n        $ref: '#/components/messages/deadLetter'\n")
                    .append(binding(topic + ".DLT"));
        });
        yaml.append("operations:\n");
        TOPICS.forEach((topic, types) -> {
            String channel = channelId(topic);
            yaml.append("  publish").append(capitalised(channel)).append(":\n    action: send\n    channel:\n      $ref: '#/channels/")
                    .append(channel).append("'\n    messages:\n");
            types.keySet().forEach(type -> yaml.append("      - $ref: '#/channels/").append(channel).append("/messages/")
                    .append(messageId(type)).append("'\n"));
            yaml.append("  park").append(capitalised(channel)).append(":\n    action: send\n    channel:\n      $ref: '#/channels/")
                    .append(channel).append("DeadLetters'\n    messages:\n      - $ref: '#/channels/").append(channel)
                    .append("DeadLetters/messages/deadLetter'\n");
        });
        yaml.append("""
                components:
                  messages:
                    deadLetter:
                      name: deadLetter
                      title: A record parked after its retries
                      headers:
                        type: object
                        properties:
                          kafka_dlt-original-topic: {type: string}
                          kafka_dlt-original-partition: {type: string, description: 4-byte big-endian int}
                          kafka_dlt-original-offset: {type: string, description: 8-byte big-endian long}
                          kafka_dlt-exception-fqcn: {type: string}
                          kafka_dlt-exception-message: {type: string}
                      payload:
                        description: The record's value as it was on the original topic.
                      bindings:
                        kafka:
                          key: {type: string, description: The original record's key.}
                          bindingVersion: 0.5.0
                """);
        TOPICS.values().forEach(types -> types.forEach((type, payload) -> yaml.append("    ").append(messageId(type)).append(":\n")
                .append("      name: ").append(type).append("\n      title: ").append(payload.getSimpleName())
                .append("\n      headers:\n        $ref: '#/components/schemas/headers'\n")
                .append("      payload:\n        type: object\n        required: [specversion, id, source, type, time, subject, data]\n")
                .append("        properties:\n          specversion: {type: string, const: '1.0'}\n          id: {type: string}\n")
                .append("          source: {type: string, description: The publishing service}\n")
                .append("          type: {type: string, const: ").append(type).append("}\n")
                .append("          time: {type: string, format: date-time}\n")
                .append("          subject: {type: string, description: The record's key}\n")
                .append("          datacontenttype: {type: string, const: application/json}\n")
                .append("          data:\n            $ref: '#/components/schemas/").append(payload.getSimpleName()).append("'\n")
                .append("      bindings:\n        kafka:\n          key:\n            type: string\n")
                .append("            description: The aggregate the event is about, whose events stay in order\n")
                .append("          bindingVersion: 0.5.0\n")));
        yaml.append("""
                  schemas:
                    headers:
                      type: object
                      properties:
                        traceparent:
                          type: string
                          description: W3C Trace Context of the work that wrote the event
                          pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$'
                """);
        new TreeSet<>(TOPICS.values().stream().flatMap(types -> types.values().stream()).map(Class::getName).toList())
                .forEach(name -> schema(yaml, record(name)));
        return yaml.toString();
    }

    /** A channel's Kafka binding: its topic as created, with its retention ({@link TopicRetention}). */
    private static String binding(String topic) {
        return "    bindings:\n      kafka:\n        topic: " + topic + "\n        partitions: 3\n        replicas: 1\n"
                + "        topicConfiguration:\n          retention.ms: " + TopicRetention.of(topic).toMillis() + "\n"
                + "        bindingVersion: 0.5.0\n";
    }

    /** {@code ebank.account.customer.v1} is channel {@code accountCustomer}. */
    private static String channelId(String topic) {
        String[] words = topic.replaceFirst("^ebank\\.", "").replaceFirst("\\.v\\d+$", "").split("\\.");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(capitalised(words[i]));
        }
        return id.toString();
    }

    /** {@code ebank.account.CustomerRegistered} is message {@code customerRegistered}. */
    private static String messageId(String type) {
        String name = type.substring(type.lastIndexOf('.') + 1);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void schema(StringBuilder yaml, Class<?> record) {
        yaml.append("    ").append(record.getSimpleName()).append(":\n      type: object\n");
        List<String> required = Arrays.stream(record.getRecordComponents())
                .filter(component -> !component.isAnnotationPresent(Nullable.class)).map(RecordComponent::getName).toList();
        yaml.append("      required: [").append(String.join(", ", required)).append("]\n      properties:\n");
        for (RecordComponent component : record.getRecordComponents()) {
            String type = component.isAnnotationPresent(Rate.class) ? RATE : type(component.getGenericType());
            if (component.isAnnotationPresent(Nullable.class)) {
                type = "{oneOf: [" + type + ", {type: 'null'}]}";
            }
            yaml.append("        ").append(component.getName()).append(": ").append(type).append("\n");
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
            return MONEY;
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
        if (type == long.class || type == Long.class) {
            return "{type: integer, format: int64}";
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
        topics.put(AccountTopics.STAFF, ordered(AccountTopics.BRANCH_OPENED, BranchOpened.class, AccountTopics.STAFF_ENROLLED,
                StaffEnrolled.class, AccountTopics.STAFF_ACTIVATION_CODE_ISSUED, StaffActivationCodeIssued.class, AccountTopics.STAFF_LEFT,
                StaffLeft.class));
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
        topics.put(CorporateTopics.ENTERPRISE, ordered(CorporateTopics.ENTERPRISE_REGISTERED, EnterpriseRegistered.class,
                CorporateTopics.OPERATOR_ENROLLED, OperatorEnrolled.class, CorporateTopics.OPERATOR_ACTIVATED, OperatorActivated.class,
                CorporateTopics.OPERATOR_RESET, OperatorReset.class, CorporateTopics.ACTIVATION_CODE_ISSUED, ActivationCodeIssued.class,
                CorporateTopics.OPERATOR_SIGNED_IN, OperatorSignedIn.class));
        topics.put(CorporateTopics.PAYMENT, ordered(CorporateTopics.PAYMENT_SUBMITTED, PaymentEvent.class,
                CorporateTopics.PAYMENT_APPROVED, PaymentEvent.class, CorporateTopics.PAYMENT_REJECTED, PaymentEvent.class,
                CorporateTopics.PAYMENT_EXPIRED, PaymentEvent.class, CorporateTopics.PAYMENT_WITHDRAWN, PaymentEvent.class,
                CorporateTopics.PAYMENT_APPROVAL_WITHDRAWN, PaymentEvent.class, CorporateTopics.PAYMENT_COMPLETED, PaymentEvent.class,
                CorporateTopics.PAYMENT_FAILED, PaymentEvent.class, CorporateTopics.PAYMENT_SETTLED, PaymentEvent.class,
                CorporateTopics.PAYMENT_RETURNED, PaymentEvent.class, CorporateTopics.PAYROLL_DISBURSED, PayrollDisbursed.class,
                CorporateTopics.CASH_SWEPT, CashSwept.class));
        topics.put(PaymentTopics.BILL, ordered(PaymentTopics.BILL_PAID, BillPaymentEvent.class, PaymentTopics.BILL_REFUSED,
                BillPaymentEvent.class, PaymentTopics.BILL_FAILED, BillPaymentEvent.class));
        topics.put(PaymentTopics.ETC, ordered(PaymentTopics.ETC_DEBITED, EtcDebitEvent.class, PaymentTopics.ETC_DEBIT_REFUSED,
                EtcDebitEvent.class));
        topics.put(NotificationTopics.PUSH, ordered(NotificationTopics.PUSH_SENT, PushEvent.class, NotificationTopics.PUSH_OPENED,
                PushEvent.class, NotificationTopics.PUSH_CONVERTED, PushEvent.class));
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
