package org.ebank.contracts;

import java.time.Duration;
import org.ebank.contracts.transfer.TransferTopics;

/**
 * How long Kafka keeps each topic's records (its {@code retention.ms}, set when the topic is created). The event topics
 * keep a year and a day: the KPIs look back a year and are rebuilt from the events, and a new reader (another instance,
 * a new read model) starts from the earliest record. SMS-code requests keep a day: a sealed code is worth nothing after
 * its five minutes, and is better not kept. Dead letters keep 30 days, for an operator to look at and replay. A
 * consumer's processed-event ids must be kept longer than the topics it reads ({@code ebank.retention.processed-events}).
 */
public final class TopicRetention {

    public static final Duration EVENTS = Duration.ofDays(366);
    public static final Duration SECURITY_CODES = Duration.ofDays(1);
    public static final Duration DEAD_LETTERS = Duration.ofDays(30);

    private TopicRetention() {
    }

    /** The retention of a topic, by its logical name ({@code ebank.transfer.otp.v1}, or a dead-letter topic). */
    public static Duration of(String topic) {
        if (topic.endsWith(".DLT")) {
            return DEAD_LETTERS;
        }
        return topic.equals(TransferTopics.OTP) ? SECURITY_CODES : EVENTS;
    }
}
