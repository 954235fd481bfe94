package org.ebank.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ConnectException;
import java.util.List;
import org.ebank.platform.problem.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/** How the gateway answers when a service cannot be reached, whichever way Reactor Netty says so. */
class GuardFailureTest {

    private final GatewayFilter guard = new GuardGatewayFilterFactory(BulkheadRegistry.ofDefaults(),
            CircuitBreakerRegistry.ofDefaults(), new ProblemWriter(new ObjectMapper(), "https://api.ebank.example/problems"),
            new SimpleMeterRegistry()).apply(config("transfer"));

    @Test
    void aRefusedConnectionOrOneClosedBeforeTheRequestWentOutIs503WithRetryAfter() {
        for (Throwable failure : List.of(new ConnectException("Connection refused"), AbortedException.beforeSend())) {
            MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/transfers"));
            guard.filter(exchange, ignored -> Mono.error(failure)).block();
            assertThat(exchange.getResponse().getStatusCode()).as(failure.toString()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
            assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(exchange.getResponse().getBodyAsString().block()).contains("service-unavailable").doesNotContain("Exception");
        }
    }

    private static GuardGatewayFilterFactory.Config config(String name) {
        GuardGatewayFilterFactory.Config config = new GuardGatewayFilterFactory.Config();
        config.setName(name);
        return config;
    }
}
