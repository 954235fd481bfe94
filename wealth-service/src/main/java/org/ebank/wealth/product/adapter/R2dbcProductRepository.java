package org.ebank.wealth.product.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.ebank.contracts.value.Channel;
import org.ebank.wealth.product.application.ProductRepository;
import org.ebank.wealth.product.domain.Product;
import org.ebank.wealth.product.domain.SalesWindow;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class R2dbcProductRepository implements ProductRepository {

    private final DatabaseClient db;

    public R2dbcProductRepository(DatabaseClient db) {
        this.db = db;
    }

    /** False when the code is taken. */
    @Override
    public Mono<Boolean> insert(Product p) {
        var spec = db.sql("""
                        insert into product (code, name, risk_level, min_purchase, step, total_quota, channels, sales_start, sales_end,
                            windows, term_days, expected_yield, night_market, created_at)
                        values (:code, :name, :risk, :min, :step, :quota, :channels, :start, :end, :windows, :term, :yield, :night, now())
                        on conflict (code) do nothing""")
                .bind("code", p.code()).bind("name", p.name()).bind("risk", p.riskLevel()).bind("min", p.minPurchase())
                .bind("step", p.step()).bind("quota", p.totalQuota()).bind("channels", String.join(",", p.channels().stream().map(Channel::name).toList()))
                .bind("start", p.salesStart().atOffset(ZoneOffset.UTC)).bind("end", p.salesEnd().atOffset(ZoneOffset.UTC))
                .bind("windows", String.join(",", p.windows().stream().map(SalesWindow::toString).toList()))
                .bind("night", p.nightMarket());
        spec = p.termDays() == null ? spec.bindNull("term", Integer.class) : spec.bind("term", p.termDays());
        spec = p.expectedYield() == null ? spec.bindNull("yield", BigDecimal.class) : spec.bind("yield", p.expectedYield());
        return spec.fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Product> byCode(String code) {
        return db.sql("select * from product where code = :code").bind("code", code).map(R2dbcProductRepository::toProduct).one();
    }

    @Override
    public Flux<Product> all() {
        return db.sql("select * from product order by sales_start, code").map(R2dbcProductRepository::toProduct).all();
    }

    /**
     * Takes {@code amount} of the product's quota, or nothing when that would oversell: one conditional
     * update, so concurrent buyers queue on the product row and the quota is never exceeded.
     */
    @Override
    public Mono<BigDecimal> take(String code, BigDecimal amount) {
        return db.sql("update product set sold = sold + :amount where code = :code and sold + :amount <= total_quota "
                        + "returning total_quota - sold as remaining")
                .bind("amount", amount).bind("code", code).map(row -> row.get("remaining", BigDecimal.class)).one();
    }

    /** Gives quota back after a purchase that did not go through. */
    @Override
    public Mono<Void> giveBack(String code, BigDecimal amount) {
        return db.sql("update product set sold = sold - :amount where code = :code").bind("amount", amount).bind("code", code).then();
    }

    static Product toProduct(Readable row) {
        String windows = row.get("windows", String.class);
        return new Product(row.get("code", String.class), row.get("name", String.class), row.get("risk_level", Integer.class),
                row.get("min_purchase", BigDecimal.class), row.get("step", BigDecimal.class), row.get("total_quota", BigDecimal.class),
                row.get("sold", BigDecimal.class), Arrays.stream(row.get("channels", String.class).split(",")).map(Channel::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)),
                row.get("sales_start", OffsetDateTime.class).toInstant(), row.get("sales_end", OffsetDateTime.class).toInstant(),
                windows == null || windows.isBlank() ? List.of() : Arrays.stream(windows.split(",")).map(SalesWindow::parse).toList(),
                row.get("term_days", Integer.class), row.get("expected_yield", BigDecimal.class), row.get("night_market", Boolean.class));
    }
}
