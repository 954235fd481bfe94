package org.ebank.transfer.cash;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.ledger.LedgerClient;
import org.ebank.platform.ledger.LedgerClient.Line;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.transfer.directory.Card;
import org.ebank.transfer.directory.CardDirectory;
import org.ebank.transfer.fee.application.Pricing;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.kernel.domain.Money;
import org.ebank.transfer.quota.QuotaBook;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.application.PostTransfer;
import org.ebank.transfer.transfer.domain.Refusal;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Cash paid in or taken out at an ATM or counter, as the channel system reports it: same-region cash is
 * free; cross-region cash pays the tariff unless a card benefit (乡情卡, 金晖卡) covers it. The free use
 * is reserved first and spent only if the ledger moves the money.
 */
@Service
public class CashOperations {

    public static final String CASH = "int-cash";

    private final CardDirectory cards;
    private final Pricing pricing;
    private final QuotaBook quotas;
    private final LedgerClient ledger;
    private final CashEvents events;
    private final Audit audit;
    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Clock clock;

    public CashOperations(CardDirectory cards, Pricing pricing, QuotaBook quotas, LedgerClient ledger, CashEvents events,
                          Audit audit, DatabaseClient db, TransactionalOperator tx, Clock clock) {
        this.cards = cards;
        this.pricing = pricing;
        this.quotas = quotas;
        this.ledger = ledger;
        this.events = events;
        this.db = db;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Outcome<CashResult>> record(String systemId, String accountId, Operation type, Money amount, String region,
                                            String channel) {
        Instant now = clock.instant();
        String id = "cash_" + UUID.randomUUID().toString().replace("-", "");
        return cards.byAccountId(accountId).flatMap(card -> {
            TransferKind kind = card.region().equals(region) ? TransferKind.SAME_REGION : TransferKind.CROSS_REGION;
            FeeContext context = new FeeContext(type, kind, amount, pricing.tariff().baseFee(type, kind, amount), card.facts(),
                    card.facts(), null, false, channel, LocalDate.ofInstant(now, clock.getZone()));
            return tx.transactional(pricing.reserve(context, id, null, now, now.plusSeconds(120))
                            .flatMap(fee -> save(id, systemId, card, type, amount, region, channel, kind, fee, now).thenReturn(fee)))
                    .flatMap(fee -> ledger.post(id, channel, type.name(), "现金" + (type == Operation.CASH_DEPOSIT ? "存入" : "支取"),
                                    lines(card, type, amount, fee.fee()))
                            .flatMap(result -> finish(id, card, type, amount, region, channel, kind, fee, result, now)));
        }).defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }

    private Mono<Outcome<CashResult>> finish(String id, Card card, Operation type, Money amount, String region, String channel,
                                             TransferKind kind, FeeQuote fee, LedgerResult result, Instant now) {
        if (result.status() == LedgerResult.Status.UNKNOWN) {
            return Mono.error(new IllegalStateException("the ledger did not answer for cash operation " + id));
        }
        boolean moved = result.status() == LedgerResult.Status.RECORDED;
        Mono<Void> effects = moved
                ? quotas.consume(id).then(events.recorded(new CashEvents.Recorded(id, card.customerId(), card.accountId(),
                        type == Operation.CASH_DEPOSIT ? "DEPOSIT" : "WITHDRAWAL", kind.name(), channel, region, amount.amount(),
                        fee.baseFee().amount(), fee.fee().amount(), fee.waiver() == null ? null : fee.waiver().rule(), now)))
                : quotas.release(id);
        return tx.transactional(effects.then(db.sql("update cash_operation set status = :status where id = :id")
                                .bind("status", moved ? "COMPLETED" : "FAILED").bind("id", id).then())
                        .then(audit.record(AuditAction.CASH_OPERATION, id, Map.of("type", type.name(), "accountId", card.accountId(),
                                "amount", amount.toString(), "fee", fee.fee().toString(), "region", region, "channel", channel,
                                "status", moved ? "COMPLETED" : "FAILED"))))
                .thenReturn(moved ? Outcome.ok(new CashResult(id, fee)) : Outcome.refused(Refusal.INSUFFICIENT_FUNDS));
    }

    private Mono<Void> save(String id, String systemId, Card card, Operation type, Money amount, String region, String channel,
                            TransferKind kind, FeeQuote fee, Instant now) {
        var spec = db.sql("""
                        insert into cash_operation (id, system_id, account_id, customer_id, type, amount, region, channel, kind,
                            base_fee, fee, waiver_rule, status, created_at)
                        values (:id, :system, :account, :customer, :type, :amount, :region, :channel, :kind, :baseFee, :fee, :rule,
                            'PENDING', :at)""")
                .bind("id", id).bind("system", systemId).bind("account", card.accountId()).bind("customer", card.customerId())
                .bind("type", type == Operation.CASH_DEPOSIT ? "DEPOSIT" : "WITHDRAWAL").bind("amount", amount.amount())
                .bind("region", region).bind("channel", channel).bind("kind", kind.name()).bind("baseFee", fee.baseFee().amount())
                .bind("fee", fee.fee().amount()).bind("at", now.atOffset(ZoneOffset.UTC));
        spec = fee.waiver() == null ? spec.bindNull("rule", String.class) : spec.bind("rule", fee.waiver().rule());
        return spec.then();
    }

    static List<Line> lines(Card card, Operation type, Money amount, Money fee) {
        List<Line> lines = new ArrayList<>();
        boolean deposit = type == Operation.CASH_DEPOSIT;
        lines.add(new Line(CASH, deposit ? "DEBIT" : "CREDIT", amount.toString(), null));
        lines.add(new Line(card.accountId(), deposit ? "CREDIT" : "DEBIT", amount.toString(), deposit ? "现金存入" : "现金支取"));
        if (fee.isPositive()) {
            lines.add(new Line(card.accountId(), "DEBIT", fee.toString(), "异地存取款手续费"));
            lines.add(new Line(PostTransfer.FEE_INCOME, "CREDIT", fee.toString(), null));
        }
        return lines;
    }

    /** The operation's id, and the fee with the waiver that lowered it. */
    public record CashResult(String operationId, FeeQuote fee) {
    }
}
