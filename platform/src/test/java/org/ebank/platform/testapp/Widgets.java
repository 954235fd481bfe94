package org.ebank.platform.testapp;

import org.ebank.platform.outbox.Outbox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** A state change and the event announcing it, in one transaction. */
@Service
public class Widgets {

    public static final String TOPIC = "ebank.platformtest.widget.v1";

    private final DatabaseClient db;
    private final Outbox outbox;

    public Widgets(DatabaseClient db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    @Transactional
    public Mono<Void> create(String key, String name) {
        return db.sql("insert into widget (name) values (:name)").bind("name", name).fetch().rowsUpdated()
                .then(outbox.append(TOPIC, key, "ebank.platformtest.WidgetCreated", new WidgetCreated(key, name)))
                .then();
    }

    @Transactional
    public Mono<Void> createThenFail(String key, String name) {
        return create(key, name).then(Mono.error(new IllegalStateException("rolled back on purpose")));
    }

    public record WidgetCreated(String key, String name) {
    }
}
