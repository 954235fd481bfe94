package org.ebank.notification.audit.adapter;

import java.util.List;
import org.ebank.contracts.audit.ActionRecorded;
import org.ebank.contracts.audit.AuditTopics;
import org.ebank.notification.audit.application.AuditTrail;
import org.ebank.notification.audit.domain.AuditRecord;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps every service's audit records, each once, a poll's worth in one go. */
@Component
class AuditListener {

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final AuditTrail trail;

    AuditListener(IdempotentConsumer consumer, CloudEventCodec codec, AuditTrail trail) {
        this.consumer = consumer;
        this.codec = codec;
        this.trail = trail;
    }

    @KafkaListener(topics = "#{@topics.name('" + AuditTopics.AUDIT + "')}", groupId = "notification-service.audit", batch = "true")
    void on(List<String> records) {
        consumer.processBatch("audit", records, events -> trail.keep(events.stream()
                .filter(event -> AuditTopics.ACTION_RECORDED.equals(event.type()))
                .map(event -> {
                    ActionRecorded a = codec.data(event, ActionRecorded.class);
                    return new AuditRecord(event.id(), a.actor(), a.role(), a.action(), a.subject(), a.details(), a.service(),
                            a.requestId(), a.at());
                }).toList()));
    }
}
