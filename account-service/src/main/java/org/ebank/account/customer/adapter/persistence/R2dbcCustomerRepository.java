package org.ebank.account.customer.adapter.persistence;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.account.customer.application.CustomerRepository;
import org.ebank.account.customer.domain.Customer;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.account.customer.domain.PhoneNumber;
import org.ebank.account.customer.domain.ResidentIdNumber;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcCustomerRepository implements CustomerRepository {

    private final DatabaseClient db;

    R2dbcCustomerRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Customer> addIfAbsent(Customer customer) {
        return db.sql("""
                        insert into customer (id, name, resident_id, phone, birth_date, registered_at)
                        values (:id, :name, :residentId, :phone, :birthDate, :registeredAt)
                        on conflict (resident_id) do nothing""")
                .bind("id", customer.id().value())
                .bind("name", customer.name())
                .bind("residentId", customer.residentId().value())
                .bind("phone", customer.phone().value())
                .bind("birthDate", customer.birthDate())
                .bind("registeredAt", customer.registeredAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .filter(inserted -> inserted == 1)
                .map(inserted -> customer);
    }

    @Override
    public Mono<CustomerId> findIdByResidentId(ResidentIdNumber residentId) {
        return db.sql("select id from customer where resident_id = :residentId")
                .bind("residentId", residentId.value())
                .map(row -> new CustomerId(row.get("id", String.class)))
                .one();
    }

    @Override
    public Mono<Customer> findById(CustomerId id) {
        return db.sql("select id, name, resident_id, phone, registered_at from customer where id = :id")
                .bind("id", id.value())
                .map(R2dbcCustomerRepository::toCustomer)
                .one();
    }

    private static Customer toCustomer(Readable row) {
        return new Customer(new CustomerId(row.get("id", String.class)), row.get("name", String.class),
                new ResidentIdNumber(row.get("resident_id", String.class)),
                new PhoneNumber(row.get("phone", String.class)),
                row.get("registered_at", OffsetDateTime.class).toInstant());
    }
}
