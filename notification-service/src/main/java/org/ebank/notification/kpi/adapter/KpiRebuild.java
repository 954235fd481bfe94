package org.ebank.notification.kpi.adapter;

import java.time.Duration;
import org.ebank.notification.kpi.application.KpiFacts;
import org.ebank.platform.db.Listen;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Recomputes the KPIs from the topics: forgets every fact, then reads the retained events again from the start. The
 * numbers come back the same only while the topics keep every event (retention longer than the KPIs look back).
 *
 * <p>Every instance of notification-service reads again the partitions it consumes: the forgetting commits with a
 * {@code NOTIFY kpi_rebuild}, and each instance, this one included, listens and starts its own partitions over. A fact
 * another instance records meanwhile is kept with its event's id, so reading that event again skips it.
 */
@Component
class KpiRebuild implements SmartLifecycle {

    private final KpiFacts facts;
    private final KpiListener listener;
    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private volatile Disposable listening;

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

    @Override
    public void start() {
        listening = Listen.to(db.getConnectionFactory(), "kpi_rebuild", Duration.ofSeconds(5))
                .subscribe(signal -> listener.replayFromStart());
    }

    @Override
    public void stop() {
        Disposable current = listening;
        if (current != null) {
            current.dispose();
        }
        listening = null;
    }

    @Override
    public boolean isRunning() {
        return listening != null;
    }
}
