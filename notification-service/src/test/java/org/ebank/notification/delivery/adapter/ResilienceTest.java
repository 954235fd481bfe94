package org.ebank.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ResilienceTest {

    private final CircuitBreaker breaker = CircuitBreaker.of("sms", CircuitBreakerConfig.custom().slidingWindowSize(4)
            .minimumNumberOfCalls(4).failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1)).build());
    private final Retry retry = Retry.of("sms", RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(1))
            .ignoreExceptions(CallNotPermittedException.class).build());
    private final Resilience resilience = new Resilience(Duration.ofSeconds(1), breaker, retry);
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aBlipIsRetriedOnce() {
        Mono<Void> flaky = Mono.defer(() -> calls.incrementAndGet() == 1 ? Mono.error(new IllegalStateException("503")) : Mono.empty());

        StepVerifier.create(resilience.call(flaky)).verifyComplete();
        assertThat(calls).hasValue(2);
    }

    @Test
    void aProviderThatKeepsFailingIsNoLongerCalledOnceTheBreakerOpens() {
        Mono<Void> down = Mono.defer(() -> {
            calls.incrementAndGet();
            return Mono.error(new IllegalStateException("503"));
        });
        for (int i = 0; i < 2; i++) {
            StepVerifier.create(resilience.call(down)).expectError(IllegalStateException.class).verify();
        }
        assertThat(calls).hasValue(4);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        StepVerifier.create(resilience.call(down)).expectError(CallNotPermittedException.class).verify();
        assertThat(calls).as("failed fast, without a call").hasValue(4);
    }

    @Test
    void aProviderThatHangsTimesOut() {
        StepVerifier.create(new Resilience(Duration.ofMillis(50), breaker, retry).call(Mono.never()))
                .expectError(java.util.concurrent.TimeoutException.class).verify(Duration.ofSeconds(5));
    }
}
