package org.ebank.platform.testing;

import java.util.UUID;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes events the way the services do: CloudEvents on their topics, each sent before the call returns. */
public class Events {

    private final KafkaTemplate<String, String> kafka;
    private final CloudEventCodec codec;
    private final Topics topics;

    public Events(KafkaTemplate<String, String> kafka, CloudEventCodec codec, Topics topics) {
        this.kafka = kafka;
        this.codec = codec;
        this.topics = topics;
    }

    /** Sends {@code payload} as a new event; returns the event as sent, to send it again with {@link #resend}. */
    public String send(String topic, String key, String type, Object payload) {
        String json = codec.write(codec.wrap(UUID.randomUUID(), type, key, payload));
        resend(topic, key, json);
        return json;
    }

    protected CloudEventCodec codec() {
        return codec;
    }

    public void resend(String topic, String key, String json) {
        try {
            kafka.send(topics.name(topic), key, json).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
