package org.ebank.insight.kpi.application;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import org.ebank.insight.kpi.domain.AtmReview;
import reactor.core.publisher.Mono;

/** The ATMs' monthly review (末位淘汰) over Asia/Shanghai months, from the ATM channel's cash operations. */
public class AtmDevices {

    private final BranchFacts facts;
    private final Clock clock;

    public AtmDevices(BranchFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** The review of {@code month}, with the two months before it. */
    public Mono<AtmReview> review(YearMonth month) {
        Instant from = month.minusMonths(AtmReview.MONTHS_RUNNING - 1L).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        return facts.atmUsage(from, to, clock.getZone()).collectList().map(usage -> AtmReview.of(month, usage));
    }
}
