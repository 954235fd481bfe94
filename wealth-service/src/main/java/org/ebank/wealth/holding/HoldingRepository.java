package org.ebank.wealth.holding;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class HoldingRepository {

    private static final String SELECT = """
            select h.id, h.customer_id, h.product_code, h.account_id, h.principal, h.remaining, h.maturity_date, h.status,
                   p.term_days, p.expected_yield
            from holding h join product p on p.code = h.product_code""";

    private final DatabaseClient db;

    public HoldingRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Holding> byId(String holdingId) {
        return db.sql(SELECT + " where h.id = :id").bind("id", holdingId).map(HoldingRepository::toHolding).one();
    }

    public Mono<Holding> ofCustomer(String holdingId, String customerId) {
        return db.sql(SELECT + " where h.id = :id and h.customer_id = :customer").bind("id", holdingId).bind("customer", customerId)
                .map(HoldingRepository::toHolding).one();
    }

    /** Takes {@code amount} off what is left, or nothing when less is left: concurrent redemptions never overdraw. */
    public Mono<BigDecimal> take(String holdingId, BigDecimal amount) {
        return db.sql("""
                        update holding set remaining = remaining - :amount,
                            status = case when remaining - :amount = 0 then 'REDEEMED' else status end
                        where id = :id and status = 'ACTIVE' and remaining >= :amount returning remaining""")
                .bind("amount", amount).bind("id", holdingId).map(row -> row.get("remaining", BigDecimal.class)).one();
    }

    public Mono<Void> giveBack(String holdingId, BigDecimal amount) {
        return db.sql("update holding set remaining = remaining + :amount, status = 'ACTIVE' where id = :id")
                .bind("amount", amount).bind("id", holdingId).then();
    }

    public Flux<Holding> dueOn(LocalDate day, int limit) {
        return db.sql(SELECT + " where h.status = 'ACTIVE' and h.maturity_date <= :day order by h.maturity_date, h.id limit :limit")
                .bind("day", day).bind("limit", limit).map(HoldingRepository::toHolding).all();
    }

    /** True for the one caller that moves the holding from ACTIVE to MATURED. */
    public Mono<Boolean> markMatured(String holdingId) {
        return db.sql("update holding set status = 'MATURED', remaining = 0 where id = :id and status = 'ACTIVE'")
                .bind("id", holdingId).fetch().rowsUpdated().map(rows -> rows == 1);
    }

    static Holding toHolding(Readable row) {
        return new Holding(row.get("id", String.class), row.get("customer_id", String.class), row.get("product_code", String.class),
                row.get("account_id", String.class), row.get("principal", BigDecimal.class), row.get("remaining", BigDecimal.class),
                row.get("maturity_date", LocalDate.class), row.get("status", String.class), row.get("term_days", Integer.class),
                row.get("expected_yield", BigDecimal.class));
    }
}
