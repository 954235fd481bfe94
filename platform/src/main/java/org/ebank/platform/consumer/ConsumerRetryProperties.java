package org.ebank.platform.consumer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ebank.kafka.retry.*}: how often a failing record is retried before it is parked. */
@ConfigurationProperties("ebank.kafka.retry")
public record ConsumerRetryProperties(
        @DefaultValue("200ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("5s") Duration maxInterval,
        @DefaultValue("4") int maxAttempts) {
}
