package org.ebank.platform.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ebank.retention.*}: how long the platform's bookkeeping rows are kept. Published outbox rows are only history
 * once Kafka has them; processed-event ids must outlive the records of the topics the service reads (a consumer group
 * whose offsets Kafka has forgotten starts again from the earliest record), so longer than {@code TopicRetention}; an
 * idempotency key's first answer is replayed for as long as it is kept. Rows go {@code batchSize} at a time, every
 * {@code every}.
 */
@ConfigurationProperties("ebank.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") Duration every,
        @DefaultValue("1m") Duration firstAfter,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("7d") Duration outbox,
        @DefaultValue("400d") Duration processedEvents,
        @DefaultValue("30d") Duration idempotencyKeys) {

    public RetentionProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("ebank.retention.batch-size must be at least 1");
        }
    }
}
