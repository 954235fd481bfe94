package org.ebank.wealth.holding.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.wealth.holding.application.HoldingRepository;
import org.ebank.wealth.holding.domain.Holding;
import org.ebank.wealth.holding.domain.HoldingLine;
import org.ebank.wealth.holding.domain.NewHolding;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class R2dbcHoldingRepository implements HoldingRepository {

    private static final String SELECT = """
            select h.id, h.customer_id, h.product_code, h.account_id, h.principal, h.remaining, h.maturity_date, h.status,
                   p.term_days, p.expected_yield
            from holding h join product p on p.code = h.product_code""";

    private final DatabaseClient db;

    public R2dbcHoldingRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Holding> byId(String holdingId) {
        return db.sql(SELECT + " where h.id = :id").bind("id", holdingId).map(R2dbcHoldingRepository::toHolding).one();
    }

    @Override
    public Mono<Holding> ofCustomer(String holdingId, String customerId) {
        return db.sql(SELECT + " where h.id = :id and h.customer_id = :customer").bind("id", holdingId).bind("customer", customerId)
                .map(R2dbcHoldingRepository::toHolding).one();
    }

    /** Takes {@code amount} off what is left, or nothing when less is left: concurrent redemptions never overdraw. */
    @Override
    public Mono<BigDecimal> take(String holdingId, BigDecimal amount) {
        return db.sql("""
                        update holding set remaining = remaining - :amount,
                            status = case when remaining - :amount = 0 then 'REDEEMED' else status end
                        where id = :id and status = 'ACTIVE' and remaining >= :amount returning remaining""")
                .bind("amount", amount).bind("id", holdingId).map(row -> row.get("remaining", BigDecimal.class)).one();
    }

    @Override
    public Mono<Void> giveBack(String holdingId, BigDecimal amount) {
        return db.sql("update holding set remaining = remaining + :amount, status = 'ACTIVE' where id = :id")
                .bind("amount", amount).bind("id", holdingId).then();
    }

    @Override
    public Flux<Holding> dueOn(LocalDate day, Holding after, int limit) {
        String where = " where h.status = 'ACTIVE' and h.maturity_date <= :day"
                + (after == null ? "" : " and (h.maturity_date, h.id) > (:afterDate, :afterId)");
        var spec = db.sql(SELECT + where + " order by h.maturity_date, h.id limit :limit").bind("day", day).bind("limit", limit);
        if (after != null) {
            spec = spec.bind("afterDate", after.maturityDate()).bind("afterId", after.id());
        }
        return spec.map(R2dbcHoldingRepository::toHolding).all();
    }

    /** True for the one caller that moves the holding from ACTIVE to MATURED. */
    @Override
    public Mono<Boolean> markMatured(String holdingId) {
        return db.sql("update holding set status = 'MATURED', remaining = 0 where id = :id and status = 'ACTIVE'")
                .bind("id", holdingId).fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Void> open(NewHolding h) {
        var spec = db.sql("""
                        insert into holding (id, order_id, customer_id, product_code, account_id, principal, remaining, purchased_at,
                            maturity_date)
                        values (:id, :order, :customer, :product, :account, :principal, :principal, :at, :maturity)""")
                .bind("id", h.id()).bind("order", h.orderId()).bind("customer", h.customerId()).bind("product", h.productCode())
                .bind("account", h.accountId()).bind("principal", h.principal()).bind("at", h.purchasedAt().atOffset(ZoneOffset.UTC));
        return (h.maturityDate() == null ? spec.bindNull("maturity", LocalDate.class) : spec.bind("maturity", h.maturityDate())).then();
    }

    @Override
    public Flux<HoldingLine> listed(String customerId) {
        return db.sql("""
                        select h.id, h.product_code, p.name, h.account_id, h.principal, h.remaining, h.status, h.purchased_at,
                               h.maturity_date
                        from holding h join product p on p.code = h.product_code where h.customer_id = :customer
                        order by h.purchased_at desc""")
                .bind("customer", customerId)
                .map(row -> new HoldingLine(row.get("id", String.class), row.get("product_code", String.class),
                        row.get("name", String.class), row.get("account_id", String.class), row.get("principal", BigDecimal.class),
                        row.get("remaining", BigDecimal.class), row.get("status", String.class),
                        row.get("purchased_at", OffsetDateTime.class).toInstant(), row.get("maturity_date", LocalDate.class)))
                .all();
    }

    static Holding toHolding(Readable row) {
        return new Holding(row.get("id", String.class), row.get("customer_id", String.class), row.get("product_code", String.class),
                row.get("account_id", String.class), row.get("principal", BigDecimal.class), row.get("remaining", BigDecimal.class),
                row.get("maturity_date", LocalDate.class), row.get("status", String.class), row.get("term_days", Integer.class),
                row.get("expected_yield", BigDecimal.class));
    }
}
