package org.ebank.wealth.holding.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.ebank.contracts.ledger.LedgerRefusal;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.ebank.wealth.holding.domain.Holding;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A maturity the ledger did not answer is not a day done: the run fails, so the daily job pays it at its next check. */
class MatureHoldingsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 27);

    private final HoldingRepository holdings = mock(HoldingRepository.class);
    private final Ledger ledger = mock(Ledger.class);
    private final TransactionalOperator tx = mock(TransactionalOperator.class);
    private final MatureHoldings mature = new MatureHoldings(holdings, ledger, mock(Outbox.class), mock(Audit.class), tx,
            Clock.fixed(Instant.parse("2026-12-26T16:10:00Z"), ZoneId.of("Asia/Shanghai")));
    private final Holding due = new Holding("h-1", "cus-1", "TERM30", "acc-1", new BigDecimal("10000.00"), new BigDecimal("10000.00"),
            DAY, "ACTIVE", 30, new BigDecimal("0.0365"));

    @Test
    void aPayoutTheLedgerDidNotAnswerFailsTheRunAndLeavesTheHoldingDue() {
        when(holdings.dueOn(eq(DAY), isNull(), anyInt())).thenReturn(Flux.just(due));
        when(ledger.post(any())).thenReturn(Mono.just(new LedgerResult.Unknown("connection refused")));

        StepVerifier.create(mature.matureUpTo(DAY)).expectError(MatureHoldings.LeftUnpaid.class).verify();
    }

    @Test
    void aPayoutTheLedgerRefusedStaysDueForTomorrowWithoutFailingTheDay() {
        when(holdings.dueOn(eq(DAY), isNull(), anyInt())).thenReturn(Flux.just(due));
        when(ledger.post(any())).thenReturn(Mono.just(new LedgerResult.Refused(
                LedgerRefusal.UNKNOWN_ACCOUNT)));

        StepVerifier.create(mature.matureUpTo(DAY)).expectNext(0L).verifyComplete();
    }

    @Test
    void aFullPageIsFollowedByTheOneAfterItsLastHoldingWhateverBecameOfThem() {
        List<Holding> page = IntStream.range(0, 200).mapToObj(i -> new Holding(String.format("h-%03d", i), "cus-1", "TERM30", "acc-1",
                new BigDecimal("100.00"), new BigDecimal("100.00"), DAY, "ACTIVE", 30, new BigDecimal("0.0365"))).toList();
        when(holdings.dueOn(eq(DAY), isNull(), anyInt())).thenReturn(Flux.fromIterable(page));
        when(holdings.dueOn(DAY, page.get(199), 200)).thenReturn(Flux.just(due));
        when(ledger.post(any())).thenReturn(Mono.just(new LedgerResult.Refused(LedgerRefusal.UNKNOWN_ACCOUNT)));

        StepVerifier.create(mature.matureUpTo(DAY)).expectNext(0L).verifyComplete();
        verify(ledger, times(201)).post(any());
    }

    @Test
    void nothingDueIsADayDone() {
        when(holdings.dueOn(eq(DAY), isNull(), anyInt())).thenReturn(Flux.empty());

        StepVerifier.create(mature.matureUpTo(DAY)).expectNext(0L).verifyComplete();
    }
}
