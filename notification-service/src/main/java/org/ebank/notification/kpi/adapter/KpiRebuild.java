package org.ebank.notification.kpi.adapter;

import org.ebank.notification.kpi.application.KpiFacts;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Recomputes the KPIs from the topics: forgets every fact, then reads the retained events again from the start.
 * The numbers come back the same only while the topics keep every event (retention longer than the KPIs look back).
 */
@Component
class KpiRebuild {

    private final KpiFacts facts;
    private final KpiListener listener;

    KpiRebuild(KpiFacts facts, KpiListener listener) {
        this.facts = facts;
        this.listener = listener;
    }

    Mono<Void> start() {
        return facts.forget().then(Mono.fromRunnable(listener::replayFromStart));
    }
}
