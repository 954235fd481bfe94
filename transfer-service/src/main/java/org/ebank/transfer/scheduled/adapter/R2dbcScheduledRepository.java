package org.ebank.transfer.scheduled.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.scheduled.application.ScheduledRepository;
import org.ebank.transfer.scheduled.domain.Schedule;
import org.ebank.transfer.scheduled.domain.ScheduledTransfer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class R2dbcScheduledRepository implements ScheduledRepository {

    private final DatabaseClient db;
    private final LocalTime runTime;

    public R2dbcScheduledRepository(DatabaseClient db, ScheduledSettings settings) {
        this.db = db;
        this.runTime = settings.runTime();
    }

    /** A new scheduled transfer, set up from {@code quoteId}. */
    @Override
    public Mono<Void> insert(ScheduledTransfer s, String quoteId) {
        var spec = db.sql("""
                        insert into scheduled_transfer (id, customer_id, channel, from_account_id, to_account_id, to_account_number,
                            to_bank_code, to_name, amount, fee_account_id, run_at, day_of_month, until, next_run_at, status, created_at,
                            quote_id)
                        values (:id, :customer, :channel, :from, :toId, :toNumber, :bank, :toName, :amount, :fee, :runAt, :day, :until,
                            :next, 'ACTIVE', :created, :quote)""")
                .bind("id", s.id()).bind("quote", quoteId).bind("customer", s.customerId()).bind("channel", s.channel().name()).bind("from", s.fromAccountId())
                .bind("toNumber", s.toAccountNumber()).bind("toName", s.toName()).bind("amount", s.amount().amount())
                .bind("next", s.nextRunAt().atOffset(ZoneOffset.UTC)).bind("created", s.createdAt().atOffset(ZoneOffset.UTC));
        spec = s.toAccountId() == null ? spec.bindNull("toId", String.class) : spec.bind("toId", s.toAccountId());
        spec = s.toBankCode() == null ? spec.bindNull("bank", String.class) : spec.bind("bank", s.toBankCode());
        spec = s.feeAccountId() == null ? spec.bindNull("fee", String.class) : spec.bind("fee", s.feeAccountId());
        if (s.schedule() instanceof Schedule.OneOff oneOff) {
            spec = spec.bind("runAt", oneOff.runAt().atOffset(ZoneOffset.UTC)).bindNull("day", Integer.class).bindNull("until", LocalDate.class);
        } else {
            Schedule.Monthly monthly = (Schedule.Monthly) s.schedule();
            spec = spec.bindNull("runAt", OffsetDateTime.class).bind("day", monthly.dayOfMonth());
            spec = monthly.until() == null ? spec.bindNull("until", LocalDate.class) : spec.bind("until", monthly.until());
        }
        return spec.then();
    }

    /** Due instructions, locked and skipped by any other instance running the same job. */
    @Override
    public Flux<ScheduledTransfer> claimDue(Instant now, int limit) {
        return db.sql("select * from scheduled_transfer where status = 'ACTIVE' and next_run_at <= :now "
                        + "order by next_run_at limit :limit for update skip locked")
                .bind("now", now.atOffset(ZoneOffset.UTC)).bind("limit", limit).map(this::toScheduled).all();
    }

    @Override
    public Mono<Void> moveOn(String id, Instant nextRun) {
        return nextRun == null
                ? db.sql("update scheduled_transfer set next_run_at = null, status = 'FINISHED' where id = :id").bind("id", id).then()
                : db.sql("update scheduled_transfer set next_run_at = :next where id = :id").bind("id", id)
                        .bind("next", nextRun.atOffset(ZoneOffset.UTC)).then();
    }

    @Override
    public Mono<Boolean> cancel(String id, String customerId) {
        return db.sql("update scheduled_transfer set status = 'CANCELLED', next_run_at = null "
                        + "where id = :id and customer_id = :customer and status = 'ACTIVE'")
                .bind("id", id).bind("customer", customerId).fetch().rowsUpdated().map(rows -> rows == 1);
    }

    /** The scheduled transfer the customer set up from this quote. */
    @Override
    public Mono<ScheduledTransfer> byQuote(String quoteId, String customerId) {
        return db.sql("select * from scheduled_transfer where quote_id = :quote and customer_id = :customer")
                .bind("quote", quoteId).bind("customer", customerId).map(this::toScheduled).one();
    }

    /** Whether the customer cancelled it since it was claimed to run. */
    @Override
    public Mono<Boolean> isCancelled(String id) {
        return db.sql("select status = 'CANCELLED' from scheduled_transfer where id = :id").bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one().defaultIfEmpty(true);
    }

    @Override
    public Mono<ScheduledTransfer> byId(String id, String customerId) {
        return db.sql("select * from scheduled_transfer where id = :id and customer_id = :customer")
                .bind("id", id).bind("customer", customerId).map(this::toScheduled).one();
    }

    @Override
    public Flux<ScheduledTransfer> ofCustomer(String customerId) {
        return db.sql("select * from scheduled_transfer where customer_id = :customer order by created_at desc")
                .bind("customer", customerId).map(this::toScheduled).all();
    }

    @Override
    public Mono<Boolean> startRun(String id, Instant dueAt, Instant now) {
        return db.sql("insert into scheduled_run (scheduled_id, due_at, ran_at, status) values (:id, :due, :now, 'RUNNING') on conflict do nothing")
                .bind("id", id).bind("due", dueAt.atOffset(ZoneOffset.UTC)).bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Void> finishRun(String id, Instant dueAt, String quoteId, String transferId, String status, Money fee, String reason) {
        var spec = db.sql("""
                        update scheduled_run set quote_id = :quote, transfer_id = :transfer, status = :status, fee = :fee, failure_reason = :reason
                        where scheduled_id = :id and due_at = :due""")
                .bind("id", id).bind("due", dueAt.atOffset(ZoneOffset.UTC)).bind("status", status);
        spec = quoteId == null ? spec.bindNull("quote", String.class) : spec.bind("quote", quoteId);
        spec = transferId == null ? spec.bindNull("transfer", String.class) : spec.bind("transfer", transferId);
        spec = fee == null ? spec.bindNull("fee", BigDecimal.class) : spec.bind("fee", fee.amount());
        spec = reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
        return spec.then();
    }

    @Override
    public Mono<List<Run>> runs(String scheduledId) {
        return db.sql("select due_at, transfer_id, status, fee, failure_reason from scheduled_run where scheduled_id = :id order by due_at")
                .bind("id", scheduledId)
                .map(row -> new Run(row.get("due_at", OffsetDateTime.class).toInstant(), row.get("transfer_id", String.class),
                        row.get("status", String.class), row.get("fee", BigDecimal.class), row.get("failure_reason", String.class)))
                .all().collectList();
    }

    private ScheduledTransfer toScheduled(Readable row) {
        OffsetDateTime runAt = row.get("run_at", OffsetDateTime.class);
        Schedule schedule = runAt != null ? new Schedule.OneOff(runAt.toInstant())
                : new Schedule.Monthly(row.get("day_of_month", Integer.class), runTime, row.get("until", LocalDate.class));
        OffsetDateTime next = row.get("next_run_at", OffsetDateTime.class);
        return new ScheduledTransfer(row.get("id", String.class), row.get("customer_id", String.class), Channel.valueOf(row.get("channel", String.class)),
                row.get("from_account_id", String.class), row.get("to_account_id", String.class),
                row.get("to_account_number", String.class), row.get("to_bank_code", String.class),
                row.get("to_name", String.class), new Money(row.get("amount", BigDecimal.class)), row.get("fee_account_id", String.class),
                schedule, next == null ? null : next.toInstant(), row.get("status", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant());
    }

    /** Schedules to one of our cards set up before payees were kept by account: their whole card numbers. */
    @Override
    public Flux<ScheduledTransfer> byCardNumber() {
        return db.sql("select * from scheduled_transfer where to_bank_code is null and to_account_id is null")
                .map(this::toScheduled).all();
    }

    /** The schedule pays this account from now on; its card number is kept as its last four digits. */
    @Override
    public Mono<Void> payAccount(String id, String accountId, String maskedNumber) {
        return db.sql("update scheduled_transfer set to_account_id = :account, to_account_number = :masked where id = :id")
                .bind("id", id).bind("account", accountId).bind("masked", maskedNumber).then();
    }
}
