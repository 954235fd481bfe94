package org.ebank.insight.kpi.application;

import java.time.Instant;
import java.util.SortedMap;
import org.ebank.contracts.value.Channel;
import org.ebank.insight.kpi.domain.Figures;
import org.ebank.insight.kpi.domain.Granularity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the facts back as figures per period ("2026-11-27" by day, "2026-11" by month); periods with no fact are absent. */
public interface KpiFigures {

    Mono<SortedMap<String, Figures>> byPeriod(Instant from, Instant to, Granularity granularity);

    /** Enrolments whose referrer code was no staff member's when they enrolled: they credit nobody, and are reviewed. */
    Flux<UnknownReferral> unknownReferrals(Instant from, Instant to);

    /** A referrer code no staff member had, the service, how many enrolments gave it and when first. */
    record UnknownReferral(String referrerCode, Channel service, long enrolments, Instant firstAt) {
    }
}
