package org.ebank.transfer.transfer.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.db.KeysetPages;
import org.ebank.platform.paging.Keyset;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.transfer.application.TransferRepository;
import org.ebank.transfer.transfer.domain.Transfer;
import org.ebank.transfer.transfer.domain.TransferStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class R2dbcTransferRepository implements TransferRepository {

    private final DatabaseClient db;

    public R2dbcTransferRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stores a transfer just accepted, with what accepting it means elsewhere, in one statement: its quote is used, the
     * day's total grows by its amount (the row was locked by {@link SpendingRepository#lockDay}), its payee is known
     * from now on, and the free use its quote reserved is kept until the outcome is known.
     */
    @Override
    public Mono<Void> saveAccepted(Transfer t, LocalDate day, String payeeKey) {
        var spec = db.sql("""
                        with accepted as (
                            insert into transfer (id, quote_id, customer_id, channel, from_account_id, to_account_id, to_account_number,
                                to_bank_code, to_name, amount, fee_account_id, kind, base_fee, fee, waiver_rule, scheduled, status,
                                created_at, updated_at)
                            values (:id, :quote, :customer, :channel, :from, :toId, :toNumber, :bank, :toName, :amount, :feeAccount,
                                :kind, :baseFee, :fee, :rule, :scheduled, :status, :created, :updated)),
                        quote_used as (update quote set used = true where id = :quote),
                        spent as (update daily_total set amount = amount + :amount
                                  where customer_id = :customer and channel = :channel and day = :day),
                        payee as (insert into known_payee (customer_id, payee) values (:customer, :payee) on conflict do nothing),
                        kept as (update quota_use set expires_at = 'infinity' where quote_id = :quote and status = 'RESERVED')
                        select 1""")
                .bind("id", t.id()).bind("quote", t.quoteId()).bind("customer", t.customerId()).bind("channel", t.channel().name())
                .bind("from", t.fromAccountId()).bind("toNumber", t.toAccountNumber()).bind("toName", t.toName())
                .bind("amount", t.amount().amount()).bind("feeAccount", t.feeAccountId()).bind("kind", t.kind().name())
                .bind("baseFee", t.baseFee().amount()).bind("fee", t.fee().amount()).bind("status", t.status().name()).bind("scheduled", t.scheduled())
                .bind("created", t.createdAt().atOffset(ZoneOffset.UTC)).bind("updated", t.updatedAt().atOffset(ZoneOffset.UTC))
                .bind("day", day).bind("payee", payeeKey);
        spec = Nullable.bind(spec, "toId", t.toAccountId());
        spec = Nullable.bind(spec, "bank", t.toBankCode());
        spec = Nullable.bind(spec, "rule", t.waiverRule());
        return spec.then();
    }

    /** Moves the transfer on, only from the status it was seen in: two workers never both finish it. */
    @Override
    public Mono<Boolean> advance(Transfer from, Transfer to) {
        var spec = db.sql("""
                        update transfer set status = :status, failure_reason = :reason, updated_at = :updated
                        where id = :id and status = :from""")
                .bind("status", to.status().name()).bind("updated", to.updatedAt().atOffset(ZoneOffset.UTC))
                .bind("id", to.id()).bind("from", from.status().name());
        spec = Nullable.bind(spec, "reason", to.failureReason());
        return spec.fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Transfer> byId(String id) {
        return db.sql("select * from transfer where id = :id").bind("id", id).map(R2dbcTransferRepository::toTransfer).one();
    }

    @Override
    public Mono<Transfer> byQuote(String quoteId) {
        return db.sql("select * from transfer where quote_id = :id").bind("id", quoteId).map(R2dbcTransferRepository::toTransfer).one();
    }

    @Override
    public Flux<Transfer> ofCustomer(String customerId, Keyset after, int limit) {
        var spec = db.sql("select * from transfer where customer_id = :customer and " + KeysetPages.CONDITION
                        + " order by created_at desc, id desc limit :limit")
                .bind("customer", customerId).bind("limit", limit);
        return KeysetPages.after(spec, after).map(R2dbcTransferRepository::toTransfer).all();
    }

    @Override
    public Flux<Transfer> inStatus(TransferStatus status, int limit) {
        return db.sql("select * from transfer where status = :status order by updated_at limit :limit")
                .bind("status", status.name()).bind("limit", limit).map(R2dbcTransferRepository::toTransfer).all();
    }

    /** Transfers left in a status that should have moved on by {@code olderThan}: after a crash, say. */
    @Override
    public Flux<Transfer> stuck(TransferStatus status, Instant olderThan, int limit) {
        return db.sql("select * from transfer where status = :status and updated_at < :older order by updated_at limit :limit")
                .bind("status", status.name()).bind("older", olderThan.atOffset(ZoneOffset.UTC)).bind("limit", limit)
                .map(R2dbcTransferRepository::toTransfer).all();
    }

    static Transfer toTransfer(Readable row) {
        return new Transfer(row.get("id", String.class), row.get("quote_id", String.class), row.get("customer_id", String.class),
                Channel.valueOf(row.get("channel", String.class)), row.get("from_account_id", String.class), row.get("to_account_id", String.class),
                row.get("to_account_number", String.class), row.get("to_bank_code", String.class), row.get("to_name", String.class),
                new Money(row.get("amount", BigDecimal.class)), row.get("fee_account_id", String.class),
                TransferKind.valueOf(row.get("kind", String.class)), new Money(row.get("base_fee", BigDecimal.class)),
                new Money(row.get("fee", BigDecimal.class)), row.get("waiver_rule", String.class),
                row.get("scheduled", Boolean.class), TransferStatus.valueOf(row.get("status", String.class)), row.get("failure_reason", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(), row.get("updated_at", OffsetDateTime.class).toInstant());
    }
}
