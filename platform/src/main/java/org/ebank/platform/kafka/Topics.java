package org.ebank.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.ebank.contracts.TopicRetention;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Topic names as deployed: the versioned logical name ({@code ebank.<service>.<what>.v1}) behind an
 * optional prefix, which lets tests give each test class topics of its own on one broker. Each is created with its
 * retention ({@link TopicRetention}).
 */
public class Topics {

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private final String prefix;
    private final int partitions;
    private final short replicas;

    public Topics(String prefix, int partitions, short replicas) {
        this.prefix = prefix == null ? "" : prefix;
        this.partitions = partitions;
        this.replicas = replicas;
    }

    public String name(String logicalName) {
        return prefix + logicalName;
    }

    public NewTopic declare(String logicalName) {
        return declared(logicalName);
    }

    public NewTopic declareDeadLetter(String logicalName) {
        return declared(logicalName + DEAD_LETTER_SUFFIX);
    }

    private NewTopic declared(String logicalName) {
        return TopicBuilder.name(name(logicalName)).partitions(partitions).replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(TopicRetention.of(logicalName).toMillis())).build();
    }
}
