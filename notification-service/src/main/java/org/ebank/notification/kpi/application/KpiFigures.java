package org.ebank.notification.kpi.application;

import java.time.Instant;
import java.util.SortedMap;
import org.ebank.notification.kpi.domain.Figures;
import org.ebank.notification.kpi.domain.Granularity;
import reactor.core.publisher.Mono;

/** Reads the facts back as figures per period ("2026-11-27" by day, "2026-11" by month); periods with no fact are absent. */
public interface KpiFigures {

    Mono<SortedMap<String, Figures>> byPeriod(Instant from, Instant to, Granularity granularity);
}
