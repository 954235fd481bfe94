package org.ebank.insight.kpi.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.ebank.insight.kpi.domain.AtmReview;
import org.ebank.insight.kpi.domain.BranchFigures;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The KPI read model per branch. */
public interface BranchFacts {

    /** Every branch the events told of, with its figures from {@code from} (included) to {@code to} (excluded), by code. */
    Mono<List<BranchFigures>> figures(Instant from, Instant to);

    /**
     * Each ATM first used before {@code to}: the month (in {@code zone}) of its first transaction, and its transactions per
     * month from {@code from} (included) to {@code to} (excluded).
     */
    Flux<AtmReview.Usage> atmUsage(Instant from, Instant to, ZoneId zone);
}
