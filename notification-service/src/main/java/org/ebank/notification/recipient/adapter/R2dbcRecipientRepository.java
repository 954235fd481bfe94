package org.ebank.notification.recipient.adapter;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.ebank.notification.recipient.application.RecipientRepository;
import org.ebank.notification.recipient.domain.Recipient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcRecipientRepository implements RecipientRepository {

    private final DatabaseClient db;

    R2dbcRecipientRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(Recipient recipient) {
        var insert = db.sql("""
                        insert into recipient (customer_id, name, phone, birth_date) values (:id, :name, :phone, :birthDate)
                        on conflict (customer_id) do update set name = excluded.name, phone = excluded.phone,
                            birth_date = excluded.birth_date""")
                .bind("id", recipient.customerId())
                .bind("name", recipient.name());
        insert = recipient.phone() == null ? insert.bindNull("phone", String.class) : insert.bind("phone", recipient.phone());
        return (recipient.birthDate() == null ? insert.bindNull("birthDate", LocalDate.class)
                : insert.bind("birthDate", recipient.birthDate())).then();
    }

    @Override
    public Mono<Recipient> findByCustomerId(String customerId) {
        return findByCustomerIds(Set.of(customerId)).mapNotNull(found -> found.get(customerId));
    }

    @Override
    public Mono<Map<String, Recipient>> findByCustomerIds(Set<String> customerIds) {
        return db.sql("select customer_id, name, phone, birth_date from recipient where customer_id = any(:ids)")
                .bind("ids", customerIds.toArray(String[]::new))
                .map(row -> new Recipient(row.get("customer_id", String.class), row.get("name", String.class),
                        row.get("phone", String.class), row.get("birth_date", LocalDate.class)))
                .all().collectMap(Recipient::customerId);
    }

    @Override
    public Mono<Void> startedOver(String operatorId, long generation) {
        return db.sql("""
                        insert into operator_generation (operator_id, generation) values (:id, :generation)
                        on conflict (operator_id) do update set generation = greatest(operator_generation.generation, excluded.generation)""")
                .bind("id", operatorId).bind("generation", generation).then();
    }

    @Override
    public Mono<Long> generation(String operatorId) {
        return db.sql("select generation from operator_generation where operator_id = :id").bind("id", operatorId)
                .map(row -> row.get("generation", Long.class)).one();
    }
}
