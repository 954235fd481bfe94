package org.ebank.gateway.guard;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.problem.Text;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * Guards one service (route filter {@code Guard=<service>}): at most so many calls in flight to it (its bulkhead,
 * {@code resilience4j.bulkhead.instances.<service>}), and a circuit breaker that opens on the service's own failures
 * only — answers 5xx, timeouts, refused connections. A call turned away because the service is busy is not a failure
 * of the service: it is answered 503 with {@code Retry-After} and never counted by the breaker, so one burst cannot
 * close a route for everyone (Spring Cloud CircuitBreaker's filter counts its own bulkhead's refusals as failures).
 */
@Component
public class GuardGatewayFilterFactory extends AbstractGatewayFilterFactory<GuardGatewayFilterFactory.Config> {

    public static final ProblemType BUSY = ProblemType.of("service-busy", 503, "服务繁忙，请稍后再试",
            "The service is busy, please try again shortly");
    public static final ProblemType TIMEOUT = ProblemType.of("service-timeout", 504, "服务响应超时，请稍后查询结果",
            "The service did not answer in time; check the result shortly");

    private final BulkheadRegistry bulkheads;
    private final CircuitBreakerRegistry breakers;
    private final ProblemWriter problems;
    private final MeterRegistry meters;

    public GuardGatewayFilterFactory(BulkheadRegistry bulkheads, CircuitBreakerRegistry breakers, ProblemWriter problems,
                                     MeterRegistry meters) {
        super(Config.class);
        this.bulkheads = bulkheads;
        this.breakers = breakers;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("name");
    }

    @Override
    public GatewayFilter apply(Config config) {
        Bulkhead bulkhead = bulkheads.bulkhead(config.getName());
        CircuitBreaker breaker = breakers.circuitBreaker(config.getName());
        long retryAfterOpen = Math.max(1, breaker.getCircuitBreakerConfig()
                .getWaitIntervalFunctionInOpenState().apply(1) / 1000);
        Counter busy = refusals(config.getName(), "busy");
        Counter open = refusals(config.getName(), "circuit-open");
        return (exchange, chain) -> {
            if (!bulkhead.tryAcquirePermission()) {
                busy.increment();
                return refuse(exchange, BUSY, 1, config.getName());
            }
            if (!breaker.tryAcquirePermission()) {
                bulkhead.onComplete();
                open.increment();
                return refuse(exchange, CommonProblems.SERVICE_UNAVAILABLE, retryAfterOpen, config.getName());
            }
            long start = System.nanoTime();
            return chain.filter(exchange)
                    .doOnSuccess(done -> recordAnswer(breaker, exchange.getResponse().getStatusCode(), System.nanoTime() - start))
                    .doOnError(error -> breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, error))
                    .doOnCancel(breaker::releasePermission)
                    .doFinally(signal -> bulkhead.onComplete())
                    .onErrorResume(error -> answerFailure(exchange, error, config.getName()));
        };
    }

    private static void recordAnswer(CircuitBreaker breaker, HttpStatusCode status, long nanos) {
        if (status != null && status.is5xxServerError()) {
            breaker.onError(nanos, TimeUnit.NANOSECONDS, new ServiceAnswered(status));
        } else {
            breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** The service could not be reached (refused, unknown, closed) or did not answer in time: a problem, not a stack. */
    private Mono<Void> answerFailure(ServerWebExchange exchange, Throwable error, String service) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException status && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return problems.write(exchange, TIMEOUT, TIMEOUT.title(), Map.of("service", service));
        }
        // a connection the service closed before the request went out (it was stopping, or killed) is refused too
        if (error instanceof IOException || error.getCause() instanceof IOException || error instanceof AbortedException
                || error instanceof ResponseStatusException status && status.getStatusCode().is5xxServerError()) {
            return refuse(exchange, CommonProblems.SERVICE_UNAVAILABLE, 1, service);
        }
        return Mono.error(error);
    }

    private Mono<Void> refuse(ServerWebExchange exchange, ProblemType type, long retryAfterSeconds, String service) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return problems.write(exchange, type, type.title(), Map.of("service", service, "retryAfterSeconds", retryAfterSeconds));
    }

    private Counter refusals(String service, String reason) {
        return Counter.builder("ebank.gateway.refusals").description("Calls the gateway answered itself instead of sending on")
                .tag("service", service).tag("reason", reason).register(meters);
    }

    /** A 5xx answer: the service failed, as far as its circuit breaker is concerned. */
    static final class ServiceAnswered extends RuntimeException {

        ServiceAnswered(HttpStatusCode status) {
            super("service answered " + status.value(), null, false, false);
        }
    }

    public static class Config {

        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
