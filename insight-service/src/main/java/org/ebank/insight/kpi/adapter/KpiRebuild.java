package org.ebank.insight.kpi.adapter;

import org.ebank.insight.kpi.application.KpiFacts;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Recomputes the KPIs from the topics: forgets every fact, then reads the retained events again from the start. The
 * numbers come back the same only while the topics keep every event (retention longer than the KPIs look back).
 *
 * <p>Every instance of insight-service reads again the partitions it consumes: the forgetting commits with a
 * {@code NOTIFY kpi_rebuild}, and each instance, this one included, listens and starts its own partitions over
 * ({@link KpiConfiguration#kpiRebuildListening}). A fact another instance records meanwhile is kept with its event's
 * id, so reading that event again skips it.
 */
@Component
class KpiRebuild {

    private final KpiFacts facts;
    private final KpiListener listener;
    private final DatabaseClient db;
    private final TransactionalOperator tx;

    KpiRebuild(KpiFacts facts, KpiListener listener, DatabaseClient db, TransactionalOperator tx) {
        this.facts = facts;
        this.listener = listener;
        this.db = db;
        this.tx = tx;
    }

    /** Forgets the facts; once that commits, every instance reads its partitions again. */
    Mono<Void> rebuild() {
        return tx.transactional(facts.forget().then(db.sql("select pg_notify('kpi_rebuild', '')").then()));
    }

    /** Reads this instance's partitions again, on every {@code kpi_rebuild}. */
    Disposable follow(Flux<String> rebuilds) {
        return rebuilds.subscribe(signal -> listener.replayFromStart());
    }
}
