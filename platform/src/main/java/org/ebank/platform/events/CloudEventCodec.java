package org.ebank.platform.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Wraps event payloads (records from the contracts module) in CloudEvents and reads them back. Decimals are written as
 * strings with at least two decimals ({@code "20.00"}, {@code "0.0385"}), as the API writes them; they are read from
 * strings or, as earlier events have them, from JSON numbers.
 */
public class CloudEventCodec {

    private final ObjectMapper mapper;
    private final String source;
    private final Clock clock;

    public CloudEventCodec(ObjectMapper mapper, String source, Clock clock) {
        // a tolerant reader (newer producers may add fields), and amounts kept exact to the fen: 20.00 stays 20.00
        this.mapper = mapper.copy()
                .registerModule(new SimpleModule("ebank-event-decimals").addSerializer(BigDecimal.class, new DecimalText()))
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        this.source = source;
        this.clock = clock;
    }

    public CloudEvent wrap(UUID eventId, String type, String subject, Object payload) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, eventId.toString(), source, type,
                OffsetDateTime.now(clock), subject, "application/json", mapper.valueToTree(payload));
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + event.type(), e);
        }
    }

    /** Reads an envelope; a record that is not a CloudEvent is refused (it goes to the dead-letter topic). */
    public CloudEvent read(String json) {
        try {
            CloudEvent event = mapper.readValue(json, CloudEvent.class);
            if (event.id() == null || event.type() == null || event.data() == null) {
                throw new MalformedEventException("not a CloudEvent: id, type and data are required");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a CloudEvent: " + e.getOriginalMessage());
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + event.id() + " data is not a " + type.getSimpleName());
        }
    }

    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }

    /** {@code 20} is written {@code "20.00"}, {@code 0.0385} as it is: plain digits, never an exponent. */
    static final class DecimalText extends StdScalarSerializer<BigDecimal> {

        DecimalText() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.setScale(Math.max(value.scale(), 2)).toPlainString());
        }
    }
}
