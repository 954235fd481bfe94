package org.ebank.corporate.payroll.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.payroll.application.PayrollRepository;
import org.ebank.corporate.payroll.domain.PayrollBatch;
import org.ebank.corporate.payroll.domain.PayrollPurpose;
import org.ebank.corporate.payroll.domain.PayrollRow;
import org.ebank.corporate.payroll.domain.RowProblem;
import org.ebank.platform.db.Columns;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcPayrollRepository implements PayrollRepository {

    private static final String COLUMNS = """
            id, enterprise_id, maker_id, from_account_id, payer_name, purpose, row_count, valid_rows, total, file_sha256, duplicate_of,
            payment_id, status, reason, created_at, updated_at""";
    private static final String ROW_COLUMNS = "batch_id, row_no, account_id, last_four, name, amount, memo, status, problem";

    private final DatabaseClient db;

    R2dbcPayrollRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(PayrollBatch b, List<PayrollRow> rows) {
        var batch = db.sql("""
                        insert into payroll_batch (id, enterprise_id, maker_id, from_account_id, payer_name, purpose, row_count, valid_rows,
                                                   total, file_sha256, duplicate_of, status, created_at, updated_at)
                        values (:id, :enterprise, :maker, :from, :payerName, :purpose, :rows, :valid, :total, :sha256, :duplicateOf, :status,
                                :created, :updated)""")
                .bind("id", b.id()).bind("enterprise", b.enterpriseId()).bind("maker", b.makerId()).bind("from", b.fromAccountId())
                .bind("payerName", b.payerName()).bind("purpose", b.purpose().name()).bind("rows", b.rows()).bind("valid", b.validRows())
                .bind("total", b.total().amount()).bind("status", b.status().name()).bind("created", utc(b.createdAt()))
                .bind("updated", utc(b.updatedAt())).bind("sha256", b.fileSha256());
        batch = b.duplicateOf() == null ? batch.bindNull("duplicateOf", String.class) : batch.bind("duplicateOf", b.duplicateOf());
        // every row in one statement, column by column
        var all = db.sql("""
                        insert into payroll_row (batch_id, row_no, account_id, last_four, name, amount, memo, status, problem)
                        select :batch, * from unnest(:rowNos::int[], :accounts::text[], :lastFours::text[], :names::text[],
                                                     :amounts::numeric[], :memos::text[], :statuses::text[], :problems::text[])""")
                .bind("batch", b.id())
                .bind("rowNos", rows.stream().map(PayrollRow::row).toArray(Integer[]::new))
                .bind("accounts", Columns.of(rows, PayrollRow::accountId))
                .bind("lastFours", Columns.of(rows, PayrollRow::lastFour))
                .bind("names", Columns.of(rows, PayrollRow::name))
                .bind("amounts", rows.stream().map(row -> row.amount() == null ? null : row.amount().amount()).toArray(BigDecimal[]::new))
                .bind("memos", Columns.of(rows, PayrollRow::memo))
                .bind("statuses", Columns.of(rows, row -> row.status().name()))
                .bind("problems", Columns.of(rows, row -> row.problem() == null ? null : row.problem().name()));
        return batch.then().then(all.then());
    }

    @Override
    public Mono<PayrollBatch> find(String batchId, String enterpriseId) {
        return db.sql("select " + COLUMNS + " from payroll_batch where id = :id and enterprise_id = :enterprise")
                .bind("id", batchId).bind("enterprise", enterpriseId).map(R2dbcPayrollRepository::toBatch).one();
    }

    @Override
    public Mono<PayrollBatch> lock(String batchId, String enterpriseId) {
        return db.sql("select " + COLUMNS + " from payroll_batch where id = :id and enterprise_id = :enterprise for update")
                .bind("id", batchId).bind("enterprise", enterpriseId).map(R2dbcPayrollRepository::toBatch).one();
    }

    @Override
    public Flux<PayrollBatch> of(String enterpriseId, int limit) {
        return db.sql("select " + COLUMNS + " from payroll_batch where enterprise_id = :enterprise order by created_at desc, id limit :limit")
                .bind("enterprise", enterpriseId).bind("limit", limit).map(R2dbcPayrollRepository::toBatch).all();
    }

    @Override
    public Mono<Void> update(PayrollBatch b) {
        var spec = db.sql("update payroll_batch set payment_id = :payment, status = :status, reason = :reason, updated_at = :updated where id = :id")
                .bind("id", b.id()).bind("status", b.status().name()).bind("updated", utc(b.updatedAt()));
        spec = b.paymentId() == null ? spec.bindNull("payment", String.class) : spec.bind("payment", b.paymentId());
        return (b.reason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", b.reason())).then();
    }

    @Override
    public Flux<PayrollBatch> inStatus(PayrollBatch.Status status, int limit) {
        return db.sql("select " + COLUMNS + " from payroll_batch where status = :status order by created_at, id limit :limit")
                .bind("status", status.name()).bind("limit", limit).map(R2dbcPayrollRepository::toBatch).all();
    }

    @Override
    public Mono<Boolean> move(String batchId, PayrollBatch.Status from, PayrollBatch.Status to, String reason, Instant at) {
        var spec = db.sql("update payroll_batch set status = :to, reason = :reason, updated_at = :at where id = :id and status = :from")
                .bind("id", batchId).bind("from", from.name()).bind("to", to.name()).bind("at", utc(at));
        return (reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason))
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<String> earlierFromFile(String enterpriseId, String fileSha256, Instant since) {
        return db.sql("""
                        select id from payroll_batch where enterprise_id = :enterprise and file_sha256 = :sha256 and created_at >= :since
                        and status <> 'CANCELLED' order by created_at desc limit 1""")
                .bind("enterprise", enterpriseId).bind("sha256", fileSha256).bind("since", utc(since))
                .map(row -> row.get("id", String.class)).one();
    }

    @Override
    public Mono<Long> rowsUploadedSince(String enterpriseId, Instant since) {
        return db.sql("select coalesce(sum(row_count), 0) as rows from payroll_batch where enterprise_id = :enterprise and created_at >= :since")
                .bind("enterprise", enterpriseId).bind("since", utc(since)).map(row -> row.get("rows", Long.class)).one();
    }

    @Override
    public Flux<PayrollRow> rows(String batchId) {
        return db.sql("select " + ROW_COLUMNS + " from payroll_row where batch_id = :batch order by row_no")
                .bind("batch", batchId).map(R2dbcPayrollRepository::toRow).all();
    }

    @Override
    public Flux<PayrollRow> pending(String batchId, int limit) {
        return db.sql("select " + ROW_COLUMNS + " from payroll_row where batch_id = :batch and status = 'PENDING' order by row_no limit :limit")
                .bind("batch", batchId).bind("limit", limit).map(R2dbcPayrollRepository::toRow).all();
    }

    @Override
    public Flux<String> cancelUnsubmitted(String enterpriseId, String makerId, String reason, Instant at) {
        return db.sql("""
                        update payroll_batch set status = 'CANCELLED', reason = :reason, updated_at = :at
                        where enterprise_id = :enterprise and maker_id = :maker and status = 'VALIDATED' returning id""")
                .bind("enterprise", enterpriseId).bind("maker", makerId).bind("reason", reason).bind("at", utc(at))
                .map(row -> row.get("id", String.class)).all();
    }

    @Override
    public Mono<Void> settle(String batchId, List<PayrollRow> settled) {
        if (settled.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        update payroll_row r set status = s.status, problem = s.problem
                        from unnest(:rowNos::int[], :statuses::text[], :problems::text[]) as s (row_no, status, problem)
                        where r.batch_id = :batch and r.row_no = s.row_no and r.status = 'PENDING'""")
                .bind("batch", batchId)
                .bind("rowNos", settled.stream().map(PayrollRow::row).toArray(Integer[]::new))
                .bind("statuses", Columns.of(settled, row -> row.status().name()))
                .bind("problems", Columns.of(settled, row -> row.problem() == null ? null : row.problem().name()))
                .then();
    }

    @Override
    public Mono<Tally> tally(String batchId) {
        return db.sql("""
                        select count(*) filter (where status = 'INVALID') as invalid,
                               count(*) filter (where status = 'PENDING') as pending,
                               count(*) filter (where status = 'PAID') as paid,
                               count(*) filter (where status = 'FAILED') as failed,
                               coalesce(sum(amount) filter (where status = 'PENDING'), 0) as pending_amount,
                               coalesce(sum(amount) filter (where status = 'PAID'), 0) as paid_amount,
                               coalesce(sum(amount) filter (where status = 'FAILED'), 0) as failed_amount
                        from payroll_row where batch_id = :batch""")
                .bind("batch", batchId)
                .map(row -> new Tally(count(row, "invalid"), count(row, "pending"), count(row, "paid"), count(row, "failed"),
                        new Money(row.get("pending_amount", BigDecimal.class)), new Money(row.get("paid_amount", BigDecimal.class)),
                        new Money(row.get("failed_amount", BigDecimal.class))))
                .one();
    }

    private static int count(Readable row, String column) {
        return row.get(column, Long.class).intValue();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static PayrollBatch toBatch(Readable row) {
        return new PayrollBatch(row.get("id", String.class), row.get("enterprise_id", String.class), row.get("maker_id", String.class),
                row.get("from_account_id", String.class), row.get("payer_name", String.class),
                PayrollPurpose.valueOf(row.get("purpose", String.class)), row.get("row_count", Integer.class),
                row.get("valid_rows", Integer.class), new Money(row.get("total", BigDecimal.class)), row.get("file_sha256", String.class),
                row.get("duplicate_of", String.class), row.get("payment_id", String.class),
                PayrollBatch.Status.valueOf(row.get("status", String.class)), row.get("reason", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(), row.get("updated_at", OffsetDateTime.class).toInstant());
    }

    private static PayrollRow toRow(Readable row) {
        BigDecimal amount = row.get("amount", BigDecimal.class);
        String problem = row.get("problem", String.class);
        return new PayrollRow(row.get("batch_id", String.class), row.get("row_no", Integer.class), row.get("account_id", String.class),
                row.get("last_four", String.class), row.get("name", String.class), amount == null ? null : new Money(amount),
                row.get("memo", String.class), PayrollRow.Status.valueOf(row.get("status", String.class)),
                problem == null ? null : RowProblem.valueOf(problem));
    }
}
