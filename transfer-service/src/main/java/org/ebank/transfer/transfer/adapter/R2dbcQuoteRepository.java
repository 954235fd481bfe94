package org.ebank.transfer.transfer.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.transfer.application.QuoteRepository;
import org.ebank.transfer.transfer.domain.Quote;
import org.ebank.transfer.transfer.domain.QuotePurpose;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class R2dbcQuoteRepository implements QuoteRepository {

    private final DatabaseClient db;

    public R2dbcQuoteRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(Quote quote) {
        var spec = db.sql("""
                        insert into quote (id, customer_id, channel, from_account_id, to_account_id, to_account_number, to_bank_code,
                            to_name, amount, fee_account_id, kind, base_fee, fee, waiver_rule, remaining_free, scheduled,
                            purpose, otp_required, created_at, expires_at)
                        values (:id, :customer, :channel, :from, :toId, :toNumber, :bank, :toName, :amount, :feeAccount, :kind,
                            :baseFee, :fee, :rule, :remaining, :scheduled, :purpose, :otp, :created, :expires)""")
                .bind("id", quote.id()).bind("customer", quote.customerId()).bind("channel", quote.channel().name())
                .bind("from", quote.fromAccountId()).bind("toNumber", quote.toAccountNumber()).bind("toName", quote.toName())
                .bind("amount", quote.amount().amount()).bind("feeAccount", quote.feeAccountId()).bind("kind", quote.kind().name())
                .bind("baseFee", quote.fee().baseFee().amount()).bind("fee", quote.fee().fee().amount())
                .bind("scheduled", quote.scheduled()).bind("purpose", quote.purpose().name()).bind("otp", quote.otpRequired())
                .bind("created", quote.createdAt().atOffset(ZoneOffset.UTC)).bind("expires", quote.expiresAt().atOffset(ZoneOffset.UTC));
        spec = Nullable.bind(spec, "toId", quote.toAccountId());
        spec = Nullable.bind(spec, "bank", quote.toBankCode());
        spec = Nullable.bind(spec, "rule", quote.fee().waiver() == null ? null : quote.fee().waiver().rule());
        spec = quote.fee().remainingFreeUses() == null ? spec.bindNull("remaining", Integer.class)
                : spec.bind("remaining", quote.fee().remainingFreeUses());
        return spec.then();
    }

    /** The customer's quote, locked (confirming it twice at once makes one transfer), and what became of it. */
    @Override
    public Mono<LockedQuote> lock(String quoteId, String customerId) {
        return db.sql("select * from quote where id = :id and customer_id = :customer for update")
                .bind("id", quoteId).bind("customer", customerId)
                .map(row -> new LockedQuote(toQuote(row), Boolean.TRUE.equals(row.get("used", Boolean.class)),
                        Boolean.TRUE.equals(row.get("cancelled", Boolean.class)))).one();
    }

    /** A schedule's quote has set up its scheduled transfer: it sets up no other. */
    @Override
    public Mono<Void> markUsed(String quoteId) {
        return db.sql("update quote set used = true where id = :id").bind("id", quoteId).then();
    }

    @Override
    public Mono<Void> cancel(String quoteId) {
        return db.sql("update quote set cancelled = true where id = :id").bind("id", quoteId).then();
    }

    static Quote toQuote(Readable row) {
        String rule = row.get("waiver_rule", String.class);
        Money baseFee = new Money(row.get("base_fee", BigDecimal.class));
        Money fee = new Money(row.get("fee", BigDecimal.class));
        FeeQuote feeQuote = new FeeQuote(baseFee, fee, rule == null ? null : new Waiver(rule, fee, null),
                row.get("remaining_free", Integer.class));
        return new Quote(row.get("id", String.class), row.get("customer_id", String.class), Channel.valueOf(row.get("channel", String.class)),
                row.get("from_account_id", String.class), row.get("to_account_id", String.class),
                row.get("to_account_number", String.class), row.get("to_bank_code", String.class), row.get("to_name", String.class),
                new Money(row.get("amount", BigDecimal.class)), row.get("fee_account_id", String.class),
                TransferKind.valueOf(row.get("kind", String.class)), feeQuote, QuotePurpose.valueOf(row.get("purpose", String.class)),
                row.get("otp_required", Boolean.class), row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("expires_at", OffsetDateTime.class).toInstant());
    }
}
