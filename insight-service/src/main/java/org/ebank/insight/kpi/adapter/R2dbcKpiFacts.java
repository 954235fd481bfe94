package org.ebank.insight.kpi.adapter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Masked;
import org.ebank.insight.kpi.application.KpiFacts.Balance;
import org.ebank.insight.kpi.application.KpiFacts.Transaction;
import org.ebank.insight.kpi.application.KpiFacts;
import org.ebank.platform.db.Columns;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcKpiFacts implements KpiFacts {

    private final DatabaseClient db;

    R2dbcKpiFacts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> customer(String customerId, Instant registeredAt) {
        return db.sql("insert into kpi_customer (customer_id, registered_at) values (:id, :at) on conflict do nothing")
                .bind("id", customerId).bind("at", utc(registeredAt)).then();
    }

    @Override
    public Mono<Void> contact(String customerId, String name, String phone) {
        var spec = db.sql("""
                        insert into kpi_contact (customer_id, name, phone) values (:id, :name, :phone)
                        on conflict (customer_id) do update set name = excluded.name, phone = excluded.phone""")
                .bind("id", customerId).bind("name", name);
        return (phone == null ? spec.bindNull("phone", String.class) : spec.bind("phone", Masked.phone(phone))).then();
    }

    @Override
    public Mono<Void> push(String pushId, String customerId, PushStep step, Instant at, String orderId) {
        String column = switch (step) {
            case SENT -> "sent_at";
            case OPENED -> "opened_at";
            case CONVERTED -> "converted_at";
        };
        var spec = db.sql("""
                        insert into kpi_push (push_id, customer_id, %1$s, converted_order_id) values (:id, :customer, :at, :order)
                        on conflict (push_id) do update set %1$s = coalesce(kpi_push.%1$s, excluded.%1$s),
                            converted_order_id = coalesce(kpi_push.converted_order_id, excluded.converted_order_id)""".formatted(column))
                .bind("id", pushId).bind("customer", customerId).bind("at", utc(at));
        return (orderId == null ? spec.bindNull("order", String.class) : spec.bind("order", orderId)).then();
    }

    @Override
    public Mono<Void> accountOpened(String accountId, String customerId, String product, String branchCode, Instant openedAt) {
        var account = db.sql("""
                        insert into kpi_account (account_id, customer_id, product, branch_code, opened_at)
                        values (:id, :customer, :product, :branch, :at) on conflict do nothing""")
                .bind("id", accountId).bind("customer", customerId).bind("product", product).bind("at", utc(openedAt));
        // the customer's home is their first account's branch, whichever order the accounts' events come in
        var home = db.sql("""
                        insert into kpi_home (customer_id, account_id, branch_code, opened_at) values (:customer, :id, :branch, :at)
                        on conflict (customer_id) do update
                        set account_id = excluded.account_id, branch_code = excluded.branch_code, opened_at = excluded.opened_at
                        where (excluded.opened_at, excluded.account_id) < (kpi_home.opened_at, kpi_home.account_id)""")
                .bind("id", accountId).bind("customer", customerId).bind("at", utc(openedAt));
        return (branchCode == null ? account.bindNull("branch", String.class) : account.bind("branch", branchCode)).then()
                .then((branchCode == null ? home.bindNull("branch", String.class) : home.bind("branch", branchCode)).then());
    }

    @Override
    public Mono<Void> branch(String code, String name, String parentCode) {
        var spec = db.sql("insert into kpi_branch (code, name, parent_code) values (:code, :name, :parent) on conflict do nothing")
                .bind("code", code).bind("name", name);
        return (parentCode == null ? spec.bindNull("parent", String.class) : spec.bind("parent", parentCode)).then();
    }

    @Override
    public Mono<Void> balances(List<Balance> balances) {
        if (balances.isEmpty()) {
            return Mono.empty();
        }
        // an account's postings come in order on its partition, and each event once: the last of the poll is the newest
        Map<String, Balance> latest = new LinkedHashMap<>();
        balances.forEach(b -> latest.put(b.accountId(), b));
        List<Balance> rows = List.copyOf(latest.values());
        List<Balance> settlement = balances.stream().filter(Balance::settlement).toList();
        Mono<Void> transactions = settlement.isEmpty() ? Mono.empty() : db.sql("""
                        insert into kpi_settlement_posting (account_id, posting_id, enterprise_id, at)
                        select * from unnest(:accounts::text[], :postings::text[], :enterprises::text[], :ats::text[]::timestamptz[])
                        on conflict do nothing""")
                .bind("accounts", Columns.of(settlement, Balance::accountId)).bind("postings", Columns.of(settlement, Balance::postingId))
                .bind("enterprises", Columns.of(settlement, Balance::customerId)).bind("ats", Columns.of(settlement, b -> b.at().toString()))
                .then();
        return transactions.then(db.sql("""
                        insert into kpi_balance (account_id, customer_id, balance, at, posting_id)
                        select * from unnest(:accounts::text[], :customers::text[], :balances::text[]::numeric[], :ats::text[]::timestamptz[],
                                             :postings::text[])
                        on conflict (account_id) do update
                        set balance = excluded.balance, at = excluded.at, posting_id = excluded.posting_id""")
                .bind("accounts", Columns.of(rows, Balance::accountId)).bind("customers", Columns.of(rows, Balance::customerId))
                .bind("balances", Columns.of(rows, b -> b.balance().toPlainString()))
                .bind("ats", Columns.of(rows, b -> b.at().toString())).bind("postings", Columns.of(rows, Balance::postingId))
                .then());
    }

    @Override
    public Mono<Void> enrolled(String customerId, Channel service, String referrerCode, Instant at) {
        var spec = db.sql("""
                        insert into kpi_enrolment (customer_id, service, referrer_code, enrolled_at)
                        values (:customer, :service, :referrer, :at) on conflict do nothing""")
                .bind("customer", customerId).bind("service", service.name()).bind("at", utc(at));
        return (referrerCode == null ? spec.bindNull("referrer", String.class) : spec.bind("referrer", referrerCode)).then();
    }

    @Override
    public Mono<Void> staff(String code, String branchCode, Instant enrolledAt) {
        return db.sql("insert into kpi_staff (code, branch_code, enrolled_at) values (:code, :branch, :at) on conflict do nothing")
                .bind("code", code).bind("branch", branchCode).bind("at", utc(enrolledAt)).then();
    }

    @Override
    public Mono<Void> staffLeft(String code, Instant leftAt) {
        return db.sql("update kpi_staff set left_at = :at where code = :code").bind("code", code).bind("at", utc(leftAt)).then();
    }

    @Override
    public Mono<Void> active(String activityId, String customerId, Channel channel, Instant at) {
        return db.sql("insert into kpi_activity (id, customer_id, channel, at) values (:id, :customer, :channel, :at) on conflict do nothing")
                .bind("id", activityId).bind("customer", customerId).bind("channel", channel.name()).bind("at", utc(at)).then();
    }

    @Override
    public Mono<Void> transactions(List<Transaction> transactions) {
        if (transactions.isEmpty()) {
            return Mono.empty();
        }
        Mono<Void> recorded = db.sql("""
                        insert into kpi_transaction (id, customer_id, channel, kind, amount, at, device_id)
                        select id, customer, channel, kind, amount, at, nullif(device, '')
                        from unnest(:ids::text[], :customers::text[], :channels::text[], :kinds::text[], :amounts::text[]::numeric[],
                                    :ats::text[]::timestamptz[], :devices::text[]) as t(id, customer, channel, kind, amount, at, device)
                        on conflict do nothing""")
                .bind("ids", Columns.of(transactions, Transaction::id)).bind("customers", Columns.of(transactions, Transaction::customerId))
                .bind("channels", Columns.of(transactions, t -> t.channel().name())).bind("kinds", Columns.of(transactions, t -> t.kind().name()))
                .bind("amounts", Columns.of(transactions, t -> t.amount().toPlainString()))
                .bind("ats", Columns.of(transactions, t -> t.at().toString()))
                .bind("devices", Columns.of(transactions, t -> t.deviceId() == null ? "" : t.deviceId())).then();
        List<Transaction> atms = transactions.stream().filter(t -> t.channel() == Channel.ATM && t.deviceId() != null).toList();
        if (!atms.isEmpty()) {
            recorded = recorded.then(db.sql("""
                            insert into kpi_atm (device_id, first_at)
                            select device, min(at) from unnest(:devices::text[], :ats::text[]::timestamptz[]) as t(device, at)
                            group by device order by device
                            on conflict (device_id) do update set first_at = excluded.first_at where excluded.first_at < kpi_atm.first_at""")
                    .bind("devices", Columns.of(atms, Transaction::deviceId)).bind("ats", Columns.of(atms, t -> t.at().toString())).then());
        }
        List<Transaction> electronic = transactions.stream().filter(t -> t.channel().isElectronic()).toList();
        return electronic.isEmpty() ? recorded : recorded.then(db.sql("""
                        insert into kpi_activity (id, customer_id, channel, at)
                        select 'tx:' || id, customer, channel, at
                        from unnest(:ids::text[], :customers::text[], :channels::text[], :ats::text[]::timestamptz[]) as t(id, customer, channel, at)
                        on conflict do nothing""")
                .bind("ids", Columns.of(electronic, Transaction::id)).bind("customers", Columns.of(electronic, Transaction::customerId))
                .bind("channels", Columns.of(electronic, t -> t.channel().name())).bind("ats", Columns.of(electronic, t -> t.at().toString()))
                .then());
    }

    @Override
    public Mono<Void> fee(String eventId, String referenceId, FeeEffect effect, String rule, BigDecimal amount, Instant at) {
        var spec = db.sql("""
                        insert into kpi_fee (event_id, reference_id, effect, rule, amount, at)
                        values (:event, :reference, :effect, :rule, :amount, :at) on conflict do nothing""")
                .bind("event", eventId).bind("reference", referenceId).bind("effect", effect.name()).bind("amount", amount)
                .bind("at", utc(at));
        return (rule == null ? spec.bindNull("rule", String.class) : spec.bind("rule", rule)).then();
    }

    /** Forgets the facts but not the contacts: a contact's registration may be older than the topics keep. */
    @Override
    public Mono<Void> forget() {
        return db.sql("truncate kpi_customer, kpi_push, kpi_account, kpi_home, kpi_branch, kpi_balance, kpi_settlement_posting, kpi_atm, kpi_enrolment, kpi_staff, kpi_activity, kpi_transaction, kpi_fee").then()
                .then(db.sql("delete from processed_event where consumer = :consumer").bind("consumer", KpiListener.CONSUMER).then());
    }

    private static java.time.OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
