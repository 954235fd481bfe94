package org.ebank.transfer.scheduled.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.testing.RequestsRun;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.ebank.transfer.scheduled.application.ScheduledRepository;
import org.ebank.transfer.scheduled.application.SetUpScheduledTransfer;
import org.ebank.transfer.scheduled.domain.Schedule;
import org.ebank.transfer.scheduled.domain.ScheduledTransfer;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A customer's scheduled transfers, the web layer alone: which schedule and first run reach the set-up, and how it reads. */
@WebSlice(ScheduledController.class)
@Import(RequestsRun.class)
class ScheduledControllerTest {

    /** 10:00 on 30 November in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    /** The bank's clock stopped at {@link #NOW}, and the monthly run time as the service binds it (09:00 by default). */
    @TestConfiguration
    @EnableConfigurationProperties(ScheduledSettings.class)
    static class ClockAndSettings {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, PlatformAutoConfiguration.BANK_ZONE);
        }
    }

    @Autowired
    WebTestClient web;

    @MockitoBean
    ScheduledRepository scheduled;

    @MockitoBean
    SetUpScheduledTransfer setUp;

    /** Idempotency has its own integration test; here a request simply runs. */

    @Test
    void aMonthlyScheduleIsSetUpForTheSignedInCustomerFromItsFirstRunAndShowsThePayeeMasked() {
        // this month's 15th at 09:00 has passed: the first run is next month's
        Schedule monthly = new Schedule.Monthly(15, LocalTime.of(9, 0), null);
        Instant firstRun = Instant.parse("2026-12-15T01:00:00Z");
        when(setUp.setUp(eq("cus-1"), eq("q-1"), eq("123456"), eq(monthly), eq(firstRun)))
                .thenReturn(Mono.just(Outcome.ok(scheduledTransfer("st_1", monthly, firstRun))));
        when(scheduled.runs("st_1")).thenReturn(Mono.just(List.of()));

        create(Map.of("quoteId", "q-1", "otp", "123456", "dayOfMonth", 15)).expectStatus().isCreated()
                .expectBody().jsonPath("$.scheduledTransferId").isEqualTo("st_1").jsonPath("$.status").isEqualTo("ACTIVE")
                .jsonPath("$.amount").isEqualTo("1000.00").jsonPath("$.toAccountNumber").isEqualTo("****5678")
                .jsonPath("$.dayOfMonth").isEqualTo(15).jsonPath("$.nextRunAt").isEqualTo("2026-12-15T01:00:00Z");

        verify(setUp).setUp(eq("cus-1"), eq("q-1"), eq("123456"), eq(monthly), eq(firstRun));
    }

    @Test
    void aRefusedSetUpReadsAsItsProblem() {
        Instant runAt = Instant.parse("2026-12-01T01:00:00Z");
        when(setUp.setUp(eq("cus-1"), eq("q-2"), eq("111111"), eq(new Schedule.OneOff(runAt)), eq(runAt)))
                .thenReturn(Mono.just(Outcome.refused(Refusal.OTP_WRONG, Map.of("remainingTries", 2))));
        create(Map.of("quoteId", "q-2", "otp", "111111", "runAt", "2026-12-01T09:00:00+08:00")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/otp-wrong")
                .jsonPath("$.remainingTries").isEqualTo(2);

        when(setUp.setUp(eq("cus-1"), eq("q-3"), any(), any(), any()))
                .thenReturn(Mono.just(Outcome.refused(Refusal.QUOTE_NOT_FOR_SCHEDULE)));
        create(Map.of("quoteId", "q-3", "runAt", "2026-12-01T09:00:00+08:00")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/quote-not-for-schedule");
    }

    @Test
    void aScheduleThatCannotRunABadCodeOrACallerWhoIsNoCustomerNeverReachesTheSetUp() {
        for (Map<String, Object> invalid : List.<Map<String, Object>>of(
                Map.of("quoteId", "q-1", "runAt", "2026-12-01T09:00:00+08:00", "dayOfMonth", 1),
                Map.of("quoteId", "q-1"),
                Map.of("quoteId", "q-1", "runAt", "2026-11-29T09:00:00+08:00"),
                Map.of("quoteId", "q-1", "runAt", 1796086800),
                Map.of("quoteId", "q-1", "dayOfMonth", 32),
                Map.of("quoteId", "q-1", "otp", "12345", "dayOfMonth", 1),
                Map.of("dayOfMonth", 1))) {
            create(invalid).expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

        Map<String, Object> valid = Map.of("quoteId", "q-1", "dayOfMonth", 1);
        web.post().uri("/api/v1/scheduled-transfers").headers(h -> h.setBearerAuth(TestJwts.staff("staff01")))
                .header(IdempotentRequests.HEADER, "k-1").contentType(MediaType.APPLICATION_JSON).bodyValue(valid).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/scheduled-transfers").header(IdempotentRequests.HEADER, "k-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(valid).exchange().expectStatus().isUnauthorized();
        verify(setUp, never()).setUp(any(), any(), any(), any(), any());
    }

    @Test
    void theCustomerListsTheirSchedulesWithTheirRunsAndCancelsOnlyTheirOwn() {
        Instant nextRun = Instant.parse("2026-12-01T01:00:00Z");
        when(scheduled.ofCustomer("cus-1"))
                .thenReturn(Flux.just(scheduledTransfer("st_1", new Schedule.Monthly(1, LocalTime.of(9, 0), null), nextRun)));
        when(scheduled.runs("st_1")).thenReturn(Mono.just(List.of(new ScheduledRepository.Run(
                Instant.parse("2026-11-01T01:00:00Z"), "t-9", "COMPLETED", new BigDecimal("0.00"), null))));

        customer().get().uri("/api/v1/scheduled-transfers").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].scheduledTransferId").isEqualTo("st_1")
                .jsonPath("$.items[0].amount").isEqualTo("1000.00").jsonPath("$.items[0].toAccountNumber").isEqualTo("****5678")
                .jsonPath("$.items[0].dayOfMonth").isEqualTo(1)
                .jsonPath("$.items[0].runs[0].transferId").isEqualTo("t-9").jsonPath("$.items[0].runs[0].status").isEqualTo("COMPLETED");
        verify(scheduled).ofCustomer("cus-1");

        when(scheduled.cancel("st_1", "cus-1")).thenReturn(Mono.just(true));
        customer().delete().uri("/api/v1/scheduled-transfers/st_1").exchange().expectStatus().isNoContent();
        verify(scheduled).cancel("st_1", "cus-1");

        when(scheduled.cancel(eq("st_2"), any())).thenReturn(Mono.just(false));
        customer().delete().uri("/api/v1/scheduled-transfers/st_2").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/not-found");
    }

    private WebTestClient.ResponseSpec create(Map<String, Object> body) {
        return customer().post().uri("/api/v1/scheduled-transfers").header(IdempotentRequests.HEADER, "k-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient customer() {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestJwts.customer("cus-1", "MOBILE"))).build();
    }

    private static ScheduledTransfer scheduledTransfer(String id, Schedule schedule, Instant nextRun) {
        return new ScheduledTransfer(id, "cus-1", Channel.MOBILE, "acc-1", null, "6217000012345678", "ICBC", "李四",
                Money.of("1000.00"), "acc-1", schedule, nextRun, "ACTIVE", NOW);
    }
}
