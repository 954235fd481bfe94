package org.ebank.transfer.waiver.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.transfer.FeeWaived;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.Channel;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.outbox.Outbox;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.application.TransferRepository;
import org.ebank.transfer.transfer.domain.Refusal;
import org.ebank.transfer.waiver.domain.ChargedFee;
import org.ebank.transfer.waiver.domain.ManualWaiver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Staff give a fee back by hand (手工减免), of a transfer or of a cash operation at an ATM or counter: once per
 * operation, audited (who, when, why, and the request), announced.
 */
@Service
public class WaiveFee {

    private static final String CASH = "cash_";

    private final TransferRepository transfers;
    private final WaiverRepository waivers;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Audit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    WaiveFee(TransferRepository transfers, WaiverRepository waivers, Ledger ledger, Outbox outbox, Audit audit,
             TransactionalOperator tx, Clock clock) {
        this.transfers = transfers;
        this.waivers = waivers;
        this.ledger = ledger;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code operationId}: a transfer's id, or a cash operation's. */
    public Mono<Outcome<ManualWaiver>> waive(String staffId, String operationId, String reason) {
        Mono<ChargedFee> charged = operationId.startsWith(CASH) ? waivers.cashFee(operationId)
                : transfers.byId(operationId).map(ChargedFee::of);
        return charged
                .flatMap(c -> waivers.byOperation(operationId).map(Outcome::ok).switchIfEmpty(Mono.defer(() -> refund(c, staffId, reason))))
                .defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }

    private Mono<Outcome<ManualWaiver>> refund(ChargedFee c, String staffId, String reason) {
        // a returned transfer's fee came back with it; one still clearing may yet be returned, refunding its fee again
        if (c.fee().isPositive() && c.clearing()) {
            return Mono.just(Outcome.refused(Refusal.CLEARING_PENDING));
        }
        if (!c.waivable()) {
            return Mono.just(Outcome.refused(Refusal.NOTHING_TO_WAIVE));
        }
        ManualWaiver waiver = new ManualWaiver(c.id(), staffId, reason, c.fee().toString(), clock.instant());
        return ledger.post(new PostingRequest("waive-" + c.id(), Channel.SYSTEM, "FEE_WAIVER", "手续费减免 " + c.id(), List.of(
                        Leg.debit(InternalAccounts.FEE_INCOME, c.fee()), Leg.credit(c.feeAccountId(), c.fee(), "手续费退还"))))
                .flatMap(result -> !result.isRecorded()
                        ? Mono.error(new IllegalStateException("the ledger did not record the waiver of " + c.id() + ": " + result))
                        : tx.transactional(waivers.save(waiver)
                                .flatMap(saved -> saved ? announce(c, waiver) : Mono.empty())
                                .then(waivers.byOperation(c.id())).map(Outcome::ok)));
    }

    private Mono<Void> announce(ChargedFee c, ManualWaiver waiver) {
        FeeWaived waived = new FeeWaived(c.id(), c.customerId(), c.feeAccountId(), c.operation(), c.kind(), c.channel(),
                c.fee().amount(), BigDecimal.ZERO.setScale(2), c.fee().amount(), "MANUAL", waiver.waivedAt());
        return outbox.append(TransferTopics.TRANSFER, c.customerId(), waived.type(), waived)
                .then(audit.record(AuditAction.FEE_WAIVED, c.id(), Map.of("operation", c.operation(), "fee", c.fee().toString(),
                        "feeAccountId", c.feeAccountId(), "reason", waiver.reason())));
    }
}
