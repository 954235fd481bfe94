package org.ebank.notification.message.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.notification.message.domain.Category;
import org.ebank.notification.message.domain.Message;
import org.ebank.notification.message.domain.Preferences;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class MessageRepository {

    private final DatabaseClient db;

    public MessageRepository(DatabaseClient db) {
        this.db = db;
    }

    /** False when this event already made a message of this category. */
    public Mono<Boolean> insert(Message m) {
        return db.sql("""
                        insert into message (id, customer_id, event_id, category, title, body, body_en, created_at)
                        values (:id, :customer, :event, :category, :title, :body, :en, :at) on conflict (event_id, category) do nothing""")
                .bind("id", m.id()).bind("customer", m.customerId()).bind("event", m.eventId()).bind("category", m.category().name())
                .bind("title", m.title()).bind("body", m.body()).bind("en", m.bodyEn()).bind("at", m.createdAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    public Mono<Void> delivered(String messageId, String channel, String address, Instant at) {
        return db.sql("insert into delivery (message_id, channel, address, sent_at) values (:id, :channel, :address, :at) on conflict do nothing")
                .bind("id", messageId).bind("channel", channel).bind("address", address).bind("at", at.atOffset(ZoneOffset.UTC)).then();
    }

    public Flux<Message> ofCustomer(String customerId, Instant before, int limit) {
        return db.sql("select * from message where customer_id = :customer and created_at < :before order by created_at desc, id desc limit :limit")
                .bind("customer", customerId).bind("before", before.atOffset(ZoneOffset.UTC)).bind("limit", limit)
                .map(row -> new Message(row.get("id", String.class), row.get("customer_id", String.class), row.get("event_id", String.class),
                        Category.valueOf(row.get("category", String.class)), row.get("title", String.class), row.get("body", String.class),
                        row.get("body_en", String.class), null, row.get("created_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    public Mono<Boolean> opened(String messageId, String customerId, Instant at) {
        return db.sql("update message set opened_at = coalesce(opened_at, :at) where id = :id and customer_id = :customer")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", messageId).bind("customer", customerId)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    public Mono<Preferences> preferences(String customerId) {
        return db.sql("select * from preference where customer_id = :customer").bind("customer", customerId)
                .map(row -> new Preferences(row.get("sms_threshold", BigDecimal.class), row.get("sms_enabled", Boolean.class),
                        row.get("push_enabled", Boolean.class), row.get("quiet_start", LocalTime.class), row.get("quiet_end", LocalTime.class),
                        row.get("marketing_opt_out", Boolean.class)))
                .one().defaultIfEmpty(Preferences.defaults());
    }

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
