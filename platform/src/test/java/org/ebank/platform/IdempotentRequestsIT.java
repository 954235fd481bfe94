package org.ebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ebank.platform.testapp.PaymentsController;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ebank.security.public-paths=/api/v1/public/**", "ebank.outbox.relay-enabled=false"})
class IdempotentRequestsIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, IdempotentRequestsIT.class);
    }

    @Autowired
    WebTestClient web;

    @Test
    void fiftyConcurrentIdenticalRequestsRunOnceAndEveryAnswerIsTheFirstOrInFlight() {
        int before = PaymentsController.executions.get();
        List<EntityExchangeResult<String>> results = Flux.range(0, 50)
                .flatMap(i -> Mono.fromCallable(() -> pay("key-50", Map.of("payer", "a", "amount", "10.00")))
                        .subscribeOn(Schedulers.boundedElastic()), 50)
                .collectList().block();

        assertThat(PaymentsController.executions.get() - before).isOne();
        Set<Integer> statuses = results.stream().map(r -> r.getStatus().value()).collect(Collectors.toSet());
        assertThat(statuses).isSubsetOf(201, 409).contains(201);
        Set<String> created = results.stream().filter(r -> r.getStatus().value() == 201).map(EntityExchangeResult::getResponseBody)
                .collect(Collectors.toSet());
        assertThat(created).hasSize(1);
        assertThat(pay("key-50", Map.of("payer", "a", "amount", "10.00")).getResponseBody()).isEqualTo(created.iterator().next());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        assertThat(pay("key-body", Map.of("payer", "a", "amount", "10.00")).getStatus().value()).isEqualTo(201);
        EntityExchangeResult<String> other = pay("key-body", Map.of("payer", "a", "amount", "11.00"));
        assertThat(other.getStatus().value()).isEqualTo(422);
        assertThat(other.getResponseBody()).contains("idempotency-key-reused");
    }

    @Test
    void aRefusalIsTheFirstResponseTooAndAMissingKeyIsABadRequest() {
        int before = PaymentsController.executions.get();
        EntityExchangeResult<String> first = pay("key-poor", Map.of("payer", "poor", "amount", "10.00"));
        EntityExchangeResult<String> again = pay("key-poor", Map.of("payer", "poor", "amount", "10.00"));
        assertThat(first.getStatus().value()).isEqualTo(422);
        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(again.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(PaymentsController.executions.get() - before).isOne();

        assertThat(pay(null, Map.of("payer", "a", "amount", "1.00")).getStatus().value()).isEqualTo(400);
    }

    @Test
    void anAnswerThatSaysTryAgainIsNotKeptSoTheRetryWithTheSameKeyRunsAgain() {
        PaymentsController.notYetKnownUntil.set(PaymentsController.executions.get() + 1);
        EntityExchangeResult<String> notYet = pay("key-new-card", Map.of("payer", "new-card", "amount", "10.00"));
        assertThat(notYet.getStatus().value()).as("the card is not known yet").isEqualTo(404);

        EntityExchangeResult<String> retry = pay("key-new-card", Map.of("payer", "new-card", "amount", "10.00"));
        assertThat(retry.getStatus().value()).as("the same key runs again, and now succeeds").isEqualTo(201);
        assertThat(pay("key-new-card", Map.of("payer", "new-card", "amount", "10.00")).getResponseBody())
                .as("and that answer is kept").isEqualTo(retry.getResponseBody());
    }

    private EntityExchangeResult<String> pay(String key, Map<String, String> body) {
        return web.post().uri("/api/v1/public/payments").headers(h -> {
                    if (key != null) {
                        h.add("Idempotency-Key", key);
                    }
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectBody(String.class).returnResult();
    }
}
