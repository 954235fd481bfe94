package org.ebank.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ebank.outbox.*}: how the relay polls and backs off. */
@ConfigurationProperties("ebank.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("500") int batchSize,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("5s") Duration maxBackoff,
        @DefaultValue("30s") Duration sendTimeout) {
}
