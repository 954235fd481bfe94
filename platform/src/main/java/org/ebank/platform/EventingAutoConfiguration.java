package org.ebank.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.apache.kafka.clients.admin.NewTopic;
import org.ebank.contracts.audit.AuditTopics;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.consumer.ConsumerRetryProperties;
import org.ebank.platform.consumer.DeadLetters;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.db.DatabaseOutage;
import org.ebank.platform.db.PlatformMigrations;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.jobs.DailyJobs;
import org.ebank.platform.jobs.PostgresLockProvider;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerClient;
import org.ebank.platform.ledger.ServiceToken;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.outbox.OutboxProperties;
import org.ebank.platform.outbox.OutboxRelay;
import org.ebank.platform.problem.Outage;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.retention.RetentionProperties;
import org.ebank.platform.retention.RetentionSweep;
import org.ebank.platform.secrets.CardNumberHash;
import org.ebank.platform.secrets.Sealer;
import org.ebank.platform.security.LocalDefaults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.r2dbc.R2dbcAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The outbox, idempotent consumers, dead letters, retention and scheduled jobs' locks, for services that own a database
 * and speak Kafka.
 */
@AutoConfiguration(after = {PlatformAutoConfiguration.class, R2dbcAutoConfiguration.class,
        KafkaAutoConfiguration.class, TransactionAutoConfiguration.class})
@ConditionalOnClass({DatabaseClient.class, KafkaTemplate.class})
@EnableConfigurationProperties({OutboxProperties.class, ConsumerRetryProperties.class, RetentionProperties.class})
// a job's lock outlives an instance killed while running it by a minute at most; a daily job sets longer
@EnableSchedulerLock(defaultLockAtMostFor = "PT1M")
public class EventingAutoConfiguration {

    @Bean
    Topics topics(@Value("${ebank.kafka.topic-prefix:}") String prefix,
                  @Value("${ebank.kafka.partitions:3}") int partitions,
                  @Value("${ebank.kafka.replication-factor:1}") short replicas) {
        return new Topics(prefix, partitions, replicas);
    }

    /**
     * Topics declared at start (partitions, replication, retention), so the first event finds its topic ready:
     * {@code ebank.kafka.produces} the service's own, {@code ebank.kafka.consumes} those it reads and their dead-letter
     * topics. A reader declares what it reads as well: started before the topic's producer, it would otherwise have
     * the broker create it with the broker's defaults (a week's retention) on its first look.
     */
    @Bean
    KafkaAdmin.NewTopics declaredTopics(Topics topics, @Value("${ebank.kafka.produces:}") List<String> produces,
                                        @Value("${ebank.kafka.consumes:}") List<String> consumes) {
        List<NewTopic> declared = new ArrayList<>();
        declared.add(topics.declare(AuditTopics.AUDIT));
        produces.stream().filter(name -> !name.isBlank()).forEach(name -> declared.add(topics.declare(name)));
        consumes.stream().filter(name -> !name.isBlank() && !produces.contains(name) && !name.equals(AuditTopics.AUDIT))
                .forEach(name -> declared.add(topics.declare(name)));
        consumes.stream().filter(name -> !name.isBlank()).forEach(name -> declared.add(topics.declareDeadLetter(name)));
        return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
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
    Audit audit(Outbox outbox, TransactionalOperator tx, @Value("${spring.application.name}") String service, Clock clock) {
        return new Audit(outbox, tx, service, clock);
    }

    @Bean
    OutboxRelay outboxRelay(DatabaseClient db, TransactionalOperator tx, KafkaTemplate<String, String> kafka,
                            Topics topics, OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(db, tx, kafka, topics, properties, meters);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(DatabaseClient db, TransactionalOperator tx, ObservationRegistry observations,
                                          CloudEventCodec codec) {
        return new IdempotentConsumer(db, tx, observations, codec);
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, MeterRegistry meters, ConsumerRetryProperties retry,
                                          Topics topics, @Value("${ebank.kafka.consumes:}") List<String> consumes, Outage outage) {
        consumes.stream().filter(name -> !name.isBlank()).forEach(name -> DeadLetters.counter(meters, topics.name(name)));
        return DeadLetters.errorHandler(kafka, meters, retry, outage);
    }

    /** The database away: requests answer 503 with Retry-After, consumers wait for it (ProblemExceptionHandler, DeadLetters). */
    @Bean
    Outage databaseOutage() {
        return new DatabaseOutage();
    }

    /**
     * Offsets are committed without waiting for the broker's answer: every consumer is idempotent (a record read again
     * after a crash or a lost commit is skipped by its event id), so waiting on each poll's commit only cost CPU and time.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> asyncOffsetCommits() {
        return container -> container.getContainerProperties().setSyncCommits(false);
    }

    /** Every {@code @Scheduled} job is also {@code @SchedulerLock}: one instance of the service runs it at a time. */
    @Bean
    LockProvider lockProvider(DatabaseClient db) {
        return new PostgresLockProvider(db);
    }

    /** Jobs due once a business day, which a day with every instance down or a kill mid-run makes late, never skipped. */
    @Bean
    DailyJobs dailyJobs(DatabaseClient db, Clock clock, MeterRegistry meters) {
        return new DailyJobs(db, clock, meters);
    }

    @Bean
    RetentionSweep retentionSweep(DatabaseClient db, RetentionProperties properties, MeterRegistry meters, LockProvider locks) {
        return new RetentionSweep(db, properties, meters, locks);
    }

    @Bean
    IdempotentRequests idempotentRequests(DatabaseClient db, ObjectMapper mapper, ProblemWriter problems,
                                          @Value("${ebank.idempotency.abandoned-after:60s}") java.time.Duration abandonedAfter) {
        return new IdempotentRequests(db, mapper, problems, abandonedAfter);
    }

    /** account-service's ledger, for services that move money ({@code ebank.account.url} and their SERVICE account). */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("ebank.account.client-id")
    Ledger ledger(WebClient.Builder builder, @Value("${ebank.account.url}") String accountService,
                              @Value("${ebank.account.client-id}") String clientId,
                              @Value("${ebank.account.client-secret}") String secret,
                              org.springframework.core.env.Environment environment) {
        LocalDefaults.refuseOutsideLocal(environment, "ebank.account.client-secret", secret::equals);
        WebClient http = builder.baseUrl(accountService).build();
        return new LedgerClient(http, new ServiceToken(http, clientId, secret));
    }

    /**
     * Seals secrets (SMS codes) for notification-service: with {@code ebank.sealing.public-key} (its JWK) when given,
     * else with the key it publishes at {@code ebank.services.notification}/.well-known/sealing-key.
     */
    @Bean
    Sealer sealer(WebClient.Builder builder, ObjectMapper mapper, @Value("${ebank.sealing.public-key:}") String publicKey,
                  @Value("${ebank.services.notification:}") String notification) throws java.io.IOException {
        if (!publicKey.isBlank()) {
            return Sealer.with(mapper.readValue(publicKey, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }));
        }
        WebClient http = builder.baseUrl(notification.isBlank() ? "http://notification-service.invalid" : notification).build();
        return Sealer.fetching(http.get().uri("/.well-known/sealing-key").retrieve()
                .bodyToMono(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }));
    }

    /** The keyed hash that stands for a card number on events ({@code ebank.card-lookup-key}); required where cards are looked up. */
    @Bean
    @org.springframework.context.annotation.Lazy
    CardNumberHash cardNumberHash(@Value("${ebank.card-lookup-key:}") String key) {
        return CardNumberHash.fromSetting(key);
    }

    @Bean
    FlywayMigrationStrategy platformMigrations() {
        return new PlatformMigrations();
    }
}
