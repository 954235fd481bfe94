package org.ebank.platform.json;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.Ordered;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.Jackson2JsonDecoder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Request bodies are read with {@link StrictJson} and without coercing scalars (no {@code true} or {@code 12345} where
 * text is expected, no {@code "1"} for a boolean). Only the server's reading is strict: events and other services'
 * answers are read as before. Runs after Boot's own codec set-up, which it would otherwise undo.
 */
public class StrictRequestBodies implements WebFluxConfigurer, Ordered {

    private final ObjectMapper mapper;
    private final DataSize maxInMemory;

    @SuppressWarnings("deprecation")
    public StrictRequestBodies(ObjectMapper mapper, DataSize maxInMemory) {
        this.mapper = mapper.copy().registerModule(new StrictJson()).configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        this.maxInMemory = maxInMemory;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        Jackson2JsonDecoder decoder = new Jackson2JsonDecoder(mapper);
        decoder.setMaxInMemorySize((int) maxInMemory.toBytes());
        configurer.defaultCodecs().jackson2JsonDecoder(decoder);
    }
}
