package org.ebank.notification.push.adapter;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ebank.contracts.notification.NotificationTopics;
import org.ebank.contracts.notification.PushEvent;
import org.ebank.notification.push.application.PushLog;
import org.ebank.notification.push.domain.Decision;
import org.ebank.notification.push.domain.Profile;
import org.ebank.platform.outbox.Outbox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcPushLog implements PushLog {

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Outbox outbox;

    R2dbcPushLog(DatabaseClient db, TransactionalOperator tx, Outbox outbox) {
        this.db = db;
        this.tx = tx;
        this.outbox = outbox;
    }

    @Override
    public <T> Mono<T> exclusively(String customerId, Mono<T> work) {
        return tx.transactional(db.sql("select pg_advisory_xact_lock(hashtext(:key))").bind("key", "push:" + customerId).then()
                .then(work));
    }

    @Override
    public Mono<List<Profile.PastPush>> recent(String customerId, Instant since) {
        return db.sql("select product_code, decided_at from push where customer_id = :customer and decided_at > :since and status <> 'DROPPED'")
                .bind("customer", customerId).bind("since", utc(since))
                .map(row -> new Profile.PastPush(row.get("product_code", String.class), row.get("decided_at", OffsetDateTime.class).toInstant()))
                .all().collectList();
    }

    @Override
    public Mono<Void> decided(String pushId, String customerId, Decision.Push push, Instant at) {
        return db.sql("""
                        insert into push (id, customer_id, product_code, score, reason, reason_en, decided_at, send_after, status)
                        values (:id, :customer, :product, :score, :reason, :en, :at, :after, 'PENDING') on conflict do nothing""")
                .bind("id", pushId).bind("customer", customerId).bind("product", push.productCode()).bind("score", push.score())
                .bind("reason", push.reason()).bind("en", push.reasonEn()).bind("at", utc(at)).bind("after", utc(push.sendAfter())).then();
    }

    @Override
    public Flux<Due> due(Instant now, int limit) {
        return db.sql("select * from push where status = 'PENDING' and send_after <= :now order by send_after limit :limit")
                .bind("now", utc(now)).bind("limit", limit)
                .map(row -> new Due(row.get("id", String.class), row.get("customer_id", String.class), row.get("product_code", String.class),
                        row.get("reason", String.class), row.get("reason_en", String.class),
                        row.get("decided_at", OffsetDateTime.class).toInstant(), row.get("send_after", OffsetDateTime.class).toInstant()))
                .all();
    }

    /** And tells the KPIs, in the same transaction: the push went out. */
    @Override
    public Mono<Boolean> sent(String pushId, String messageId, Instant at) {
        return tx.transactional(db.sql("""
                        update push set status = 'SENT', sent_at = :at, message_id = :message where id = :id and status = 'PENDING'
                        returning customer_id, product_code""")
                .bind("at", utc(at)).bind("message", messageId).bind("id", pushId)
                .map(row -> new PushEvent(pushId, row.get("customer_id", String.class), row.get("product_code", String.class), at, null))
                .one()
                .flatMap(push -> outbox.append(NotificationTopics.PUSH, push.customerId(), NotificationTopics.PUSH_SENT, push).thenReturn(true))
                .defaultIfEmpty(false));
    }

    @Override
    public Mono<Void> dropped(String pushId) {
        return db.sql("update push set status = 'DROPPED' where id = :id and status = 'PENDING'").bind("id", pushId).then();
    }

    @Override
    public Mono<Void> postponed(String pushId, Instant sendAfter) {
        return db.sql("update push set send_after = :after where id = :id and status = 'PENDING'")
                .bind("after", utc(sendAfter)).bind("id", pushId).then();
    }

    /**
     * The newest push of the product sent within the window converts, once (an order at the same moment takes the next
     * one, if any), and tells the KPIs in the same transaction.
     */
    @Override
    public Mono<Void> purchased(String customerId, String productCode, String orderId, Instant at, Duration window) {
        return tx.transactional(db.sql("""
                        update push set converted_order_id = :order, converted_at = :at
                        where id = (select id from push where customer_id = :customer and product_code = :product and status = 'SENT'
                                      and converted_order_id is null and sent_at <= :at and sent_at > :since
                                    order by sent_at desc limit 1 for update skip locked)
                          and converted_order_id is null
                        returning id""")
                .bind("order", orderId).bind("at", utc(at)).bind("customer", customerId).bind("product", productCode)
                .bind("since", utc(at.minus(window)))
                .map(row -> new PushEvent(row.get("id", String.class), customerId, productCode, at, orderId))
                .one()
                .flatMap(push -> outbox.append(NotificationTopics.PUSH, customerId, NotificationTopics.PUSH_CONVERTED, push))
                .then());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
