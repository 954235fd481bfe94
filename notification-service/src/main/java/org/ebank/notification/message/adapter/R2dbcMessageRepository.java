package org.ebank.notification.message.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ebank.contracts.notification.NotificationTopics;
import org.ebank.contracts.notification.PushEvent;
import org.ebank.notification.message.application.MessageRepository;
import org.ebank.notification.message.domain.Category;
import org.ebank.notification.message.domain.Message;
import org.ebank.notification.message.domain.Preferences;
import org.ebank.platform.db.Columns;
import org.ebank.platform.db.KeysetPages;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.paging.Keyset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class R2dbcMessageRepository implements MessageRepository {

    private final DatabaseClient db;
    private final Outbox outbox;
    private final TransactionalOperator tx;

    public R2dbcMessageRepository(DatabaseClient db, Outbox outbox, TransactionalOperator tx) {
        this.db = db;
        this.outbox = outbox;
        this.tx = tx;
    }

    /** The ids of the messages stored now: a message whose event already made one of its category is not. */
    @Override
    public Mono<List<String>> insertAll(List<Message> batch) {
        if (batch.isEmpty()) {
            return Mono.just(List.of());
        }
        return db.sql("""
                        insert into message (id, customer_id, event_id, category, title, body, body_en, created_at)
                        select * from unnest(:ids::text[], :customers::text[], :events::text[], :categories::text[], :titles::text[],
                                             :bodies::text[], :ens::text[], :ats::text[]::timestamptz[])
                        on conflict do nothing returning id""")
                .bind("ids", Columns.of(batch, Message::id)).bind("customers", Columns.of(batch, Message::customerId))
                .bind("events", Columns.of(batch, Message::eventId)).bind("categories", Columns.of(batch, m -> m.category().name()))
                .bind("titles", Columns.of(batch, Message::title)).bind("bodies", Columns.of(batch, Message::body))
                .bind("ens", Columns.of(batch, Message::bodyEn)).bind("ats", Columns.of(batch, m -> m.createdAt().toString()))
                .map(row -> row.get("id", String.class)).all().collectList();
    }

    @Override
    public Mono<Void> deliveredAll(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into delivery (message_id, channel, address, sent_at)
                        select * from unnest(:ids::text[], :channels::text[], :addresses::text[], :ats::text[]::timestamptz[])
                        on conflict do nothing""")
                .bind("ids", Columns.of(deliveries, Delivery::messageId)).bind("channels", Columns.of(deliveries, Delivery::channel))
                .bind("addresses", Columns.of(deliveries, Delivery::address)).bind("ats", Columns.of(deliveries, d -> d.sentAt().toString()))
                .then();
    }

    @Override
    public Flux<Message> ofCustomer(String customerId, Keyset after, int limit) {
        var spec = db.sql("select * from message where customer_id = :customer and " + KeysetPages.CONDITION
                        + " order by created_at desc, id desc limit :limit")
                .bind("customer", customerId).bind("limit", limit);
        return KeysetPages.after(spec, after).map(R2dbcMessageRepository::message).all();
    }

    @Override
    public Flux<Message> storedAfter(String customerId, String messageId, Duration lookBack, int limit) {
        if (messageId == null) {
            return db.sql("select * from message where customer_id = :customer order by stored_at, id limit :limit")
                    .bind("customer", customerId).bind("limit", limit).map(R2dbcMessageRepository::message).all();
        }
        return db.sql("""
                        select m.* from message m join message seen on seen.id = :seen and seen.customer_id = :customer
                        where m.customer_id = :customer and m.id <> seen.id
                          and m.stored_at > seen.stored_at - make_interval(secs => :lookBack)
                        order by m.stored_at, m.id limit :limit""")
                .bind("customer", customerId).bind("seen", messageId).bind("lookBack", (double) lookBack.toMillis() / 1000)
                .bind("limit", limit).map(R2dbcMessageRepository::message).all();
    }

    @Override
    public Mono<String> lastStoredId(String customerId) {
        return db.sql("select id from message where customer_id = :customer order by stored_at desc, id desc limit 1")
                .bind("customer", customerId).map(row -> row.get("id", String.class)).one();
    }

    @Override
    public Mono<Message> byId(String messageId) {
        return db.sql("select * from message where id = :id").bind("id", messageId).map(R2dbcMessageRepository::message).one();
    }

    private static Message message(Readable row) {
        return new Message(row.get("id", String.class), row.get("customer_id", String.class), row.get("event_id", String.class),
                Category.valueOf(row.get("category", String.class)), row.get("title", String.class), row.get("body", String.class),
                row.get("body_en", String.class), null, row.get("created_at", OffsetDateTime.class).toInstant());
    }

    /** The first opening of a smart push's message (a MARKETING one, made for the push) tells the KPIs: the push was opened. */
    @Override
    public Mono<Boolean> opened(String messageId, String customerId, Instant at) {
        return tx.transactional(db.sql("""
                        with m as (select id, event_id, category, opened_at from message where id = :id and customer_id = :customer for update),
                             first as (update message set opened_at = :at from m where message.id = m.id and m.opened_at is null
                                       returning message.id)
                        select m.category = 'MARKETING' and exists (select 1 from first) as push_opened,
                               (select p.product_code from push p where p.id = m.event_id) as product_code, m.event_id
                        from m""")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", messageId).bind("customer", customerId)
                .map(row -> Optional.ofNullable(Boolean.TRUE.equals(row.get("push_opened", Boolean.class)) ? row.get("product_code", String.class) : null)
                        .map(product -> new PushEvent(row.get("event_id", String.class), customerId, product, at, null)))
                .one()
                .flatMap(push -> push.map(p -> outbox.append(NotificationTopics.PUSH, customerId, NotificationTopics.PUSH_OPENED, p).thenReturn(true))
                        .orElse(Mono.just(true)))
                .defaultIfEmpty(false));
    }

    @Override
    public Mono<Preferences> preferences(String customerId) {
        return preferencesOf(Set.of(customerId)).map(found -> found.getOrDefault(customerId, Preferences.defaults()));
    }

    /** The preferences customers set, by customer; a customer who set none has {@link Preferences#defaults()}. */
    @Override
    public Mono<Map<String, Preferences>> preferencesOf(Set<String> customerIds) {
        return db.sql("select * from preference where customer_id = any(:customers)")
                .bind("customers", customerIds.toArray(String[]::new))
                .map(row -> Map.entry(row.get("customer_id", String.class), new Preferences(row.get("sms_threshold", BigDecimal.class),
                        row.get("sms_enabled", Boolean.class), row.get("push_enabled", Boolean.class), row.get("quiet_start", LocalTime.class),
                        row.get("quiet_end", LocalTime.class), row.get("marketing_opt_out", Boolean.class))))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    @Override
    public Mono<Void> savePreferences(String customerId, Preferences p) {
        return db.sql("""
                        insert into preference (customer_id, sms_threshold, sms_enabled, push_enabled, quiet_start, quiet_end, marketing_opt_out)
                        values (:customer, :threshold, :sms, :push, :start, :end, :optOut)
                        on conflict (customer_id) do update set sms_threshold = excluded.sms_threshold, sms_enabled = excluded.sms_enabled,
                            push_enabled = excluded.push_enabled, quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
                            marketing_opt_out = excluded.marketing_opt_out""")
                .bind("customer", customerId).bind("threshold", p.smsThreshold()).bind("sms", p.smsEnabled()).bind("push", p.pushEnabled())
                .bind("start", p.quietStart()).bind("end", p.quietEnd()).bind("optOut", p.marketingOptOut()).then();
    }
}
