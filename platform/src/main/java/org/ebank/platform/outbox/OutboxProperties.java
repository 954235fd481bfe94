package org.ebank.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ebank.outbox.*}: how the relay works. It is woken by PostgreSQL as events commit (LISTEN/NOTIFY) and looks
 * every {@code pollInterval} besides, in case a wake-up is lost; after a failure it backs off up to {@code maxBackoff}.
 */
@ConfigurationProperties("ebank.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("500") int batchSize,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5s") Duration maxBackoff,
        @DefaultValue("30s") Duration sendTimeout) {
}
