package org.ebank.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.ebank.platform.events.CloudEventCodec.MalformedEventException;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.problem.Outage;
import org.ebank.platform.secrets.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Failed records are retried with exponential backoff, then parked on {@code <topic>.DLT} and counted
 * ({@code ebank.kafka.dead.letters}): never silently dropped. A record that is not a CloudEvent is
 * parked at once, as no retry can mend it; one that failed because the database could not be reached is retried
 * until it can (the consumer waits with it, in order), never parked.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    /** The count of records parked from {@code topic}; registered for every consumed topic at start, so it reads 0, not absent. */
    public static Counter counter(MeterRegistry meters, String topic) {
        return Counter.builder("ebank.kafka.dead.letters").description("Records parked on a dead-letter topic")
                .tag("topic", topic).register(meters);
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, MeterRegistry meters,
                                                   ConsumerRetryProperties retry, Outage outage) {
        var recoverer = new DeadLetterPublishingRecoverer(template, (record, failure) -> {
            counter(meters, record.topic()).increment();
            log.error("parking record {}-{}@{} on {}{}: {}", record.topic(), record.partition(), record.offset(),
                    record.topic(), Topics.DEAD_LETTER_SUFFIX, failure.toString());
            return new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, -1);
        });
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retry.maxAttempts());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        // the database cannot be reached: the record is not at fault, and will go through once it is back
        ExponentialBackOff untilTheDatabaseIsBack = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        untilTheDatabaseIsBack.setMaxInterval(retry.maxInterval().toMillis());
        handler.setBackOffFunction((record, failure) -> outage.causedBy(failure) ? untilTheDatabaseIsBack : null);
        handler.addNotRetryableExceptions(MalformedEventException.class, Sealing.SealedWithAnotherKeyException.class);
        return handler;
    }

}
