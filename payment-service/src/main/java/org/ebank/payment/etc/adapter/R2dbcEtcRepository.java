package org.ebank.payment.etc.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.payment.etc.application.EtcRepository;
import org.ebank.payment.etc.domain.EtcDebit;
import org.ebank.payment.etc.domain.EtcDebitStatus;
import org.ebank.payment.etc.domain.Plate;
import org.ebank.payment.etc.domain.StatementLine;
import org.ebank.payment.etc.domain.Vehicle;
import org.ebank.platform.db.Columns;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcEtcRepository implements EtcRepository {

    private static final String VEHICLE = "select id, plate, holder_id, account_id, product, last_four, channel, bound_at from etc_vehicle";
    private static final String DEBIT = "select id, statement_id, holder_id, account_id, month, vehicles, plate, tolls, gross, amount,"
            + " channel, status, attempt, next_attempt_at, last_refusal, created_at, updated_at from etc_debit";

    private final DatabaseClient db;

    R2dbcEtcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> bind(Vehicle v) {
        return db.sql("""
                        insert into etc_vehicle (id, plate, holder_id, account_id, product, last_four, channel, bound_at)
                        values (:id, :plate, :holder, :account, :product, :lastFour, :channel, :at)
                        on conflict do nothing""")
                .bind("id", v.id()).bind("plate", v.plate().number()).bind("holder", v.holderId()).bind("account", v.accountId())
                .bind("product", v.product().name()).bind("lastFour", v.cardLastFour()).bind("channel", v.channel().name())
                .bind("at", v.boundAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Vehicle> vehicleByPlate(Plate plate) {
        return db.sql(VEHICLE + " where plate = :plate").bind("plate", plate.number()).map(R2dbcEtcRepository::vehicleOf).one();
    }

    @Override
    public Flux<Vehicle> vehiclesOfHolder(String holderId) {
        return db.sql(VEHICLE + " where holder_id = :holder order by bound_at, id").bind("holder", holderId)
                .map(R2dbcEtcRepository::vehicleOf).all();
    }

    @Override
    public Mono<String> statementFingerprint(String statementId) {
        return db.sql("select fingerprint from etc_statement where id = :id").bind("id", statementId)
                .map(row -> row.get("fingerprint", String.class)).one();
    }

    @Override
    public Flux<String> reportedTolls(Collection<String> tollIds) {
        return db.sql("select toll_id from etc_toll where toll_id = any(:ids::text[]) order by toll_id")
                .bind("ids", tollIds.toArray(String[]::new)).map(row -> row.get("toll_id", String.class)).all();
    }

    @Override
    public Mono<Boolean> record(ReceivedStatement s) {
        return db.sql("""
                        insert into etc_statement (id, month, fingerprint, received_at) values (:id, :month, :fingerprint, :at)
                        on conflict (id) do nothing""")
                .bind("id", s.statementId()).bind("month", s.month().toString()).bind("fingerprint", s.fingerprint())
                .bind("at", s.receivedAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 0 ? Mono.just(false) : insertDebits(s).then(insertTolls(s)).thenReturn(true));
    }

    private Mono<Long> insertDebits(ReceivedStatement s) {
        if (s.debits().isEmpty()) {
            return Mono.just(0L);
        }
        var debits = s.debits();
        return db.sql("""
                        insert into etc_debit (id, statement_id, holder_id, account_id, month, vehicles, plate, tolls, gross, amount,
                                               channel, status, attempt, next_attempt_at, created_at, updated_at)
                        select d.id, :statement, d.holder, d.account, :month, d.vehicles::int, d.plate, d.tolls::int, d.gross, d.amount,
                               d.channel, 'DUE', 1, :at, :at, :at
                        from unnest(:ids::text[], :holders::text[], :accounts::text[], :vehicles::text[], :plates::text[],
                                    :tolls::text[], :grosses::numeric[], :amounts::numeric[], :channels::text[])
                             as d(id, holder, account, vehicles, plate, tolls, gross, amount, channel)""")
                .bind("statement", s.statementId()).bind("month", s.month().toString()).bind("at", s.receivedAt().atOffset(ZoneOffset.UTC))
                .bind("ids", Columns.of(debits, EtcDebit::id)).bind("holders", Columns.of(debits, EtcDebit::holderId))
                .bind("accounts", Columns.of(debits, EtcDebit::accountId))
                .bind("vehicles", Columns.of(debits, d -> Integer.toString(d.vehicles())))
                .bind("plates", Columns.of(debits, EtcDebit::plate))
                .bind("tolls", Columns.of(debits, d -> Integer.toString(d.tolls())))
                .bind("grosses", Columns.of(debits, d -> d.gross().amount().toPlainString()))
                .bind("amounts", Columns.of(debits, d -> d.amount().amount().toPlainString()))
                .bind("channels", Columns.of(debits, d -> d.channel().name()))
                .fetch().rowsUpdated();
    }

    private Mono<Long> insertTolls(ReceivedStatement s) {
        var tolls = s.tolls();
        return db.sql("""
                        insert into etc_toll (toll_id, statement_id, month, plate, entry, exit, exited_at, amount, account_id, debit_id,
                                              charge)
                        select t.id, :statement, :month, t.plate, t.entry, t.exit, t.at, t.amount, t.account, t.debit, t.charge
                        from unnest(:ids::text[], :plates::text[], :entries::text[], :exits::text[], :ats::text[]::timestamptz[],
                                    :amounts::numeric[], :accounts::text[], :debits::text[], :charges::numeric[])
                             as t(id, plate, entry, exit, at, amount, account, debit, charge)""")
                .bind("statement", s.statementId()).bind("month", s.month().toString())
                .bind("ids", Columns.of(tolls, t -> t.toll().tollId())).bind("plates", Columns.of(tolls, t -> t.toll().plate().number()))
                .bind("entries", Columns.of(tolls, t -> t.toll().entry())).bind("exits", Columns.of(tolls, t -> t.toll().exit()))
                .bind("ats", Columns.of(tolls, t -> t.toll().exitedAt().toString()))
                .bind("amounts", Columns.of(tolls, t -> t.toll().amount().amount().toPlainString()))
                .bind("accounts", Columns.of(tolls, EtcRepository.PricedToll::accountId))
                .bind("debits", Columns.of(tolls, EtcRepository.PricedToll::debitId))
                .bind("charges", Columns.of(tolls, t -> t.charge().amount().toPlainString()))
                .fetch().rowsUpdated();
    }

    @Override
    public Flux<String> unboundPlates(String statementId) {
        return db.sql("select distinct plate from etc_toll where statement_id = :id and account_id is null order by plate")
                .bind("id", statementId).map(row -> row.get("plate", String.class)).all();
    }

    @Override
    public Flux<EtcDebit> debitsOfStatement(String statementId) {
        return db.sql(DEBIT + " where statement_id = :id order by id").bind("id", statementId).map(R2dbcEtcRepository::debitOf).all();
    }

    @Override
    public Flux<EtcDebit> debitsOfAccount(String accountId, YearMonth month) {
        return db.sql(DEBIT + " where account_id = :account and month = :month order by created_at, id")
                .bind("account", accountId).bind("month", month.toString()).map(R2dbcEtcRepository::debitOf).all();
    }

    @Override
    public Mono<EtcDebit> debit(String id) {
        return db.sql(DEBIT + " where id = :id").bind("id", id).map(R2dbcEtcRepository::debitOf).one();
    }

    @Override
    public Mono<Boolean> move(EtcDebit moved, int fromAttempt) {
        var spec = db.sql("""
                        update etc_debit set status = :status, attempt = :attempt, next_attempt_at = :next, last_refusal = :refusal,
                                             updated_at = :at
                        where id = :id and status = 'DUE' and attempt = :from""")
                .bind("status", moved.status().name()).bind("attempt", moved.attempt())
                .bind("at", moved.updatedAt().atOffset(ZoneOffset.UTC)).bind("id", moved.id()).bind("from", fromAttempt);
        spec = moved.nextAttemptAt() == null ? spec.bindNull("next", OffsetDateTime.class)
                : spec.bind("next", moved.nextAttemptAt().atOffset(ZoneOffset.UTC));
        spec = moved.lastRefusal() == null ? spec.bindNull("refusal", String.class) : spec.bind("refusal", moved.lastRefusal());
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Void> postpone(String id, int attempt, Instant until) {
        return db.sql("update etc_debit set next_attempt_at = :until where id = :id and status = 'DUE' and attempt = :attempt")
                .bind("until", until.atOffset(ZoneOffset.UTC)).bind("id", id).bind("attempt", attempt).then();
    }

    @Override
    public Flux<Vehicle> vehiclesByPlates(Collection<Plate> plates) {
        return db.sql(VEHICLE + " where plate = any(:plates::text[])")
                .bind("plates", plates.stream().map(Plate::number).toArray(String[]::new)).map(R2dbcEtcRepository::vehicleOf).all();
    }

    @Override
    public Flux<EtcDebit> dueBy(Instant now, int limit) {
        return db.sql(DEBIT + " where status = 'DUE' and next_attempt_at <= :now order by next_attempt_at limit :limit")
                .bind("now", now.atOffset(ZoneOffset.UTC)).bind("limit", limit).map(R2dbcEtcRepository::debitOf).all();
    }

    @Override
    public Flux<StatementLine> lines(String accountId, YearMonth month) {
        return db.sql("""
                        select toll_id, plate, entry, exit, exited_at, amount, charge from etc_toll
                        where account_id = :account and month = :month order by exited_at, toll_id""")
                .bind("account", accountId).bind("month", month.toString())
                .map(row -> new StatementLine(row.get("toll_id", String.class), new Plate(row.get("plate", String.class)),
                        row.get("entry", String.class), row.get("exit", String.class), instant(row, "exited_at"),
                        new Money(row.get("amount", BigDecimal.class)), new Money(row.get("charge", BigDecimal.class))))
                .all();
    }

    private static Vehicle vehicleOf(Readable row) {
        return new Vehicle(row.get("id", String.class), new Plate(row.get("plate", String.class)), row.get("holder_id", String.class),
                row.get("account_id", String.class), CardProduct.valueOf(row.get("product", String.class)),
                row.get("last_four", String.class), Channel.valueOf(row.get("channel", String.class)), instant(row, "bound_at"));
    }

    private static EtcDebit debitOf(Readable row) {
        OffsetDateTime next = row.get("next_attempt_at", OffsetDateTime.class);
        return new EtcDebit(row.get("id", String.class), row.get("statement_id", String.class), row.get("holder_id", String.class),
                row.get("account_id", String.class), YearMonth.parse(row.get("month", String.class)), row.get("vehicles", Integer.class),
                row.get("plate", String.class), row.get("tolls", Integer.class), new Money(row.get("gross", BigDecimal.class)),
                new Money(row.get("amount", BigDecimal.class)), Channel.valueOf(row.get("channel", String.class)),
                EtcDebitStatus.valueOf(row.get("status", String.class)), row.get("attempt", Integer.class),
                next == null ? null : next.toInstant(), row.get("last_refusal", String.class), instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    private static Instant instant(Readable row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }
}
