package org.ebank.notification.delivery.adapter;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * What every call to a provider goes through: a timeout, a circuit breaker (an open one fails at once, so the consumer's
 * backoff and dead-letter topic take over instead of piling up calls), and a short retry for a blip.
 */
record Resilience(Duration timeout, CircuitBreaker breaker, Retry retry) {

    Mono<Void> call(Mono<Void> send) {
        return send.timeout(timeout).transformDeferred(CircuitBreakerOperator.of(breaker)).transformDeferred(RetryOperator.of(retry));
    }
}
