package org.ebank.corporate.enterprise.adapter;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.corporate.enterprise.application.EnterpriseRepository;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.enterprise.domain.Enterprise;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcEnterpriseRepository implements EnterpriseRepository {

    private static final String SELECT = "select id, name, credit_code, legal_representative, contact_phone, region, registered_at from enterprise";

    private final DatabaseClient db;

    R2dbcEnterpriseRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insert(Enterprise enterprise, String registeredBy, String branchCode) {
        var spec = db.sql("""
                        insert into enterprise (id, name, credit_code, legal_representative, contact_phone, region, registered_by,
                            registered_at, branch_code)
                        values (:id, :name, :code, :representative, :phone, :region, :by, :at, :branch)
                        on conflict (credit_code) do nothing""")
                .bind("id", enterprise.id())
                .bind("name", enterprise.name())
                .bind("code", enterprise.creditCode().value())
                .bind("representative", enterprise.legalRepresentative())
                .bind("phone", enterprise.contactPhone())
                .bind("region", enterprise.region())
                .bind("by", registeredBy)
                .bind("at", enterprise.registeredAt().atOffset(ZoneOffset.UTC));
        return (branchCode == null ? spec.bindNull("branch", String.class) : spec.bind("branch", branchCode))
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<String> branchOf(String enterpriseId) {
        return db.sql("select branch_code from enterprise where id = :id and branch_code is not null").bind("id", enterpriseId)
                .map(row -> row.get("branch_code", String.class)).one();
    }

    @Override
    public Mono<Enterprise> findById(String enterpriseId) {
        return db.sql(SELECT + " where id = :id").bind("id", enterpriseId).map(R2dbcEnterpriseRepository::toEnterprise).one();
    }

    @Override
    public Mono<Enterprise> findByCreditCode(CreditCode creditCode) {
        return db.sql(SELECT + " where credit_code = :code").bind("code", creditCode.value())
                .map(R2dbcEnterpriseRepository::toEnterprise).one();
    }

    private static Enterprise toEnterprise(Readable row) {
        return new Enterprise(row.get("id", String.class), row.get("name", String.class),
                new CreditCode(row.get("credit_code", String.class)), row.get("legal_representative", String.class),
                row.get("contact_phone", String.class), row.get("region", String.class),
                row.get("registered_at", OffsetDateTime.class).toInstant());
    }
}
