package org.ebank.account.fees.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.ebank.account.fees.application.ChargePeriodicFees;
import org.ebank.account.fees.application.FeeRun;
import org.ebank.account.fees.domain.FeeKind;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Running the periodic fee batch by hand, the web layer alone: today or a given business day, staff only. */
@WebSlice(PeriodicFeesOpsController.class)
class PeriodicFeesOpsControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    ChargePeriodicFees chargePeriodicFees;

    @Test
    void withoutADayTheBatchRunsForTodayAndWithOneForThatDay() {
        when(chargePeriodicFees.runToday()).thenReturn(Mono.just(List.of(
                new FeeRun(FeeKind.ANNUAL_FEE, "2026", true, "acc-9", 3, 1, 2, 0))));
        when(chargePeriodicFees.run(LocalDate.of(2026, 10, 1))).thenReturn(Mono.just(List.of(
                new FeeRun(FeeKind.SMALL_ACCOUNT_FEE, "2026-Q4", true, "acc-9", 0, 0, 0, 6))));

        run("/api/v1/ops/batches/periodic-fees", TestJwts.staff("ops01")).expectStatus().isOk().expectBody()
                .jsonPath("$[0].kind").isEqualTo("ANNUAL_FEE").jsonPath("$[0].charged").isEqualTo(3)
                .jsonPath("$[0].unpaid").isEqualTo(1);
        run("/api/v1/ops/batches/periodic-fees?businessDay=2026-10-01", TestJwts.staff("ops01")).expectStatus().isOk()
                .expectBody().jsonPath("$[0].period").isEqualTo("2026-Q4").jsonPath("$[0].notDue").isEqualTo(6);
    }

    @Test
    void aDayThatIsNotADateOrACustomerRunsNothing() {
        run("/api/v1/ops/batches/periodic-fees?businessDay=2026-13-01", TestJwts.staff("ops01")).expectStatus().isBadRequest();
        run("/api/v1/ops/batches/periodic-fees", TestJwts.customer("cus-1", "MOBILE")).expectStatus().isForbidden();
        verify(chargePeriodicFees, never()).runToday();
        verify(chargePeriodicFees, never()).run(any());
    }

    private WebTestClient.ResponseSpec run(String path, String token) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }
}
