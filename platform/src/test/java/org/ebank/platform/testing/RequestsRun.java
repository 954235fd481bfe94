package org.ebank.platform.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/**
 * For a controller's web-slice test ({@code @Import(RequestsRun.class)}): an {@link IdempotentRequests} that simply runs
 * each request and answers as the real one does (the body as JSON). Idempotency itself is tested against PostgreSQL in
 * platform's own test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RequestsRun {

    @Bean
    IdempotentRequests requestsRun(ObjectMapper json) {
        IdempotentRequests idempotency = mock(IdempotentRequests.class);
        through(idempotency, json);
        return idempotency;
    }

    @SuppressWarnings("unchecked")
    private static void through(IdempotentRequests idempotency, ObjectMapper json) {
        when(idempotency.execute(anyString(), anyString(), any(), any())).thenAnswer(call -> ((Supplier<Mono<ResponseEntity<?>>>)
                call.getArgument(3)).get().map(answer -> ResponseEntity.status(answer.getStatusCode())
                .contentType(MediaType.APPLICATION_JSON).body(write(json, answer.getBody()))));
    }

    private static String write(ObjectMapper json, Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
