package org.ebank.corporate.payment.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.payment.application.PaymentRepository;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.ebank.corporate.payment.domain.PaymentKind;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcPaymentRepository implements PaymentRepository {

    private static final String COLUMNS = """
            id, enterprise_id, payer_name, maker_id, from_account_id, to_account_id, to_last_four, to_name, kind, amount, fee, memo,
            required_approvals, approved_by, status, reason, created_at, expires_at, updated_at, to_bank_code, to_account_number""";

    private final DatabaseClient db;

    R2dbcPaymentRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(CorporatePayment p) {
        var spec = db.sql("""
                        insert into payment (id, enterprise_id, payer_name, maker_id, from_account_id, to_account_id, to_last_four, to_name,
                                             kind, amount, fee, memo, required_approvals, approved_by, status, created_at, expires_at,
                                             updated_at, to_bank_code, to_account_number)
                        values (:id, :enterprise, :payerName, :maker, :from, :to, :lastFour, :toName, :kind, :amount, :fee, :memo,
                                :required, :approved, :status, :created, :expires, :updated, :bank, :number)""")
                .bind("id", p.id()).bind("enterprise", p.enterpriseId()).bind("payerName", p.payerName()).bind("maker", p.makerId())
                .bind("from", p.fromAccountId()).bind("to", p.toAccountId()).bind("lastFour", p.toLastFour())
                .bind("toName", p.toName()).bind("kind", p.kind().name()).bind("amount", p.amount().amount())
                .bind("fee", p.fee().amount()).bind("required", p.requiredApprovals())
                .bind("approved", p.approvedBy().toArray(String[]::new)).bind("status", p.status().name())
                .bind("created", utc(p.createdAt())).bind("expires", utc(p.expiresAt())).bind("updated", utc(p.updatedAt()));
        spec = p.toBankCode() == null ? spec.bindNull("bank", String.class).bindNull("number", String.class)
                : spec.bind("bank", p.toBankCode()).bind("number", p.toAccountNumber());
        return (p.memo() == null ? spec.bindNull("memo", String.class) : spec.bind("memo", p.memo())).then();
    }

    @Override
    public Mono<CorporatePayment> lock(String paymentId, String enterpriseId) {
        return db.sql("select " + COLUMNS + " from payment where id = :id and enterprise_id = :enterprise for update")
                .bind("id", paymentId).bind("enterprise", enterpriseId).map(R2dbcPaymentRepository::toPayment).one();
    }

    @Override
    public Mono<CorporatePayment> find(String paymentId, String enterpriseId) {
        return db.sql("select " + COLUMNS + " from payment where id = :id and enterprise_id = :enterprise")
                .bind("id", paymentId).bind("enterprise", enterpriseId).map(R2dbcPaymentRepository::toPayment).one();
    }

    @Override
    public Flux<CorporatePayment> findAll(Collection<String> paymentIds) {
        if (paymentIds.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("select " + COLUMNS + " from payment where id = any(:ids)")
                .bind("ids", paymentIds.toArray(String[]::new)).map(R2dbcPaymentRepository::toPayment).all();
    }

    @Override
    public Mono<Void> update(CorporatePayment p) {
        var spec = db.sql("""
                        update payment set approved_by = :approved, required_approvals = :required, status = :status, reason = :reason,
                            expires_at = :expires, updated_at = :updated
                        where id = :id""")
                .bind("id", p.id()).bind("required", p.requiredApprovals()).bind("approved", p.approvedBy().toArray(String[]::new)).bind("status", p.status().name())
                .bind("expires", utc(p.expiresAt())).bind("updated", utc(p.updatedAt()));
        return (p.reason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", p.reason())).then();
    }

    @Override
    public Mono<Void> touch(String paymentId, Instant at) {
        return db.sql("update payment set updated_at = :at where id = :id and status = 'APPROVED'").bind("id", paymentId)
                .bind("at", utc(at)).then();
    }

    @Override
    public Flux<CorporatePayment> of(String enterpriseId, int limit) {
        return db.sql("select " + COLUMNS + " from payment where enterprise_id = :enterprise and status <> 'QUOTED' "
                        + "order by created_at desc, id limit :limit")
                .bind("enterprise", enterpriseId).bind("limit", limit).map(R2dbcPaymentRepository::toPayment).all();
    }

    @Override
    public Flux<CorporatePayment> lockPendingWithPartOf(String enterpriseId, String operatorId) {
        return db.sql("select " + COLUMNS + " from payment where enterprise_id = :enterprise and status in ('QUOTED', 'PENDING_APPROVAL') "
                        + "and (maker_id = :operator or :operator = any (approved_by)) order by id for update")
                .bind("enterprise", enterpriseId).bind("operator", operatorId).map(R2dbcPaymentRepository::toPayment).all();
    }

    @Override
    public Flux<CorporatePayment> lockExpired(Instant now, int limit) {
        return db.sql("select " + COLUMNS + " from payment where status in ('QUOTED', 'PENDING_APPROVAL') and expires_at <= :now "
                        + "order by expires_at limit :limit for update skip locked")
                .bind("now", utc(now)).bind("limit", limit).map(R2dbcPaymentRepository::toPayment).all();
    }

    @Override
    public Flux<CorporatePayment> inClearing(int limit) {
        return db.sql("select " + COLUMNS + " from payment where status = 'PENDING_CLEARING' order by updated_at limit :limit")
                .bind("limit", limit).map(R2dbcPaymentRepository::toPayment).all();
    }

    @Override
    public Flux<CorporatePayment> approvedBefore(Instant before, int limit) {
        return db.sql("select " + COLUMNS + " from payment where status = 'APPROVED' and updated_at < :before order by updated_at limit :limit")
                .bind("before", utc(before)).bind("limit", limit).map(R2dbcPaymentRepository::toPayment).all();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static CorporatePayment toPayment(Readable row) {
        String[] approved = row.get("approved_by", String[].class);
        return new CorporatePayment(row.get("id", String.class), row.get("enterprise_id", String.class),
                row.get("payer_name", String.class), row.get("maker_id", String.class),
                row.get("from_account_id", String.class), row.get("to_account_id", String.class), row.get("to_last_four", String.class),
                row.get("to_name", String.class), PaymentKind.valueOf(row.get("kind", String.class)),
                new Money(row.get("amount", BigDecimal.class)), new Money(row.get("fee", BigDecimal.class)), row.get("memo", String.class),
                row.get("required_approvals", Integer.class), approved == null ? List.of() : List.of(approved),
                CorporatePayment.Status.valueOf(row.get("status", String.class)), row.get("reason", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(), row.get("expires_at", OffsetDateTime.class).toInstant(),
                row.get("updated_at", OffsetDateTime.class).toInstant(), row.get("to_bank_code", String.class),
                row.get("to_account_number", String.class));
    }
}
