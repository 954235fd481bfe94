package org.ebank.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import org.ebank.platform.consumer.ConsumerRetryProperties;
import org.ebank.platform.consumer.DeadLetters;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.db.PlatformMigrations;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.outbox.OutboxProperties;
import org.ebank.platform.outbox.OutboxRelay;
import org.ebank.platform.problem.ProblemExceptionHandler;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.security.SecurityConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.r2dbc.R2dbcAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The plumbing every ebank service gets by depending on the platform library. */
@AutoConfiguration(after = {R2dbcAutoConfiguration.class, KafkaAutoConfiguration.class,
        TransactionAutoConfiguration.class})
@EnableConfigurationProperties({OutboxProperties.class, ConsumerRetryProperties.class})
@Import(SecurityConfiguration.class)
public class PlatformAutoConfiguration {

    /** The bank's calendar: every month, year and business day is counted in Asia/Shanghai. */
    public static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BANK_ZONE);
    }

    @Bean
    Topics topics(@Value("${ebank.kafka.topic-prefix:}") String prefix,
                  @Value("${ebank.kafka.partitions:3}") int partitions,
                  @Value("${ebank.kafka.replication-factor:1}") short replicas) {
        return new Topics(prefix, partitions, replicas);
    }

    @Bean
    CloudEventCodec cloudEventCodec(ObjectMapper mapper, Clock clock,
                                    @Value("${spring.application.name}") String service) {
        return new CloudEventCodec(mapper, "/ebank/" + service, clock);
    }

    @Bean
    Outbox outbox(DatabaseClient db, CloudEventCodec codec) {
        return new Outbox(db, codec);
    }

    @Bean
    OutboxRelay outboxRelay(DatabaseClient db, TransactionalOperator tx, KafkaTemplate<String, String> kafka,
                            Topics topics, OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(db, tx, kafka, topics, properties, meters);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(DatabaseClient db, TransactionalOperator tx) {
        return new IdempotentConsumer(db, tx);
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, MeterRegistry meters,
                                          ConsumerRetryProperties retry) {
        return DeadLetters.errorHandler(kafka, meters, retry);
    }

    @Bean
    FlywayMigrationStrategy platformMigrations() {
        return new PlatformMigrations();
    }

    @Bean
    ProblemWriter problemWriter(ObjectMapper mapper,
                                @Value("${ebank.problems.type-base:https://api.ebank.example/problems/}") String base) {
        return new ProblemWriter(mapper, base);
    }

    /** Before Boot's own error handler (order -1), so no error leaves as anything but problem+json. */
    @Bean
    @Order(-2)
    ProblemExceptionHandler problemExceptionHandler(ProblemWriter writer) {
        return new ProblemExceptionHandler(writer);
    }
}
