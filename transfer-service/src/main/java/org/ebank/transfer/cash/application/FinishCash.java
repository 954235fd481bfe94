package org.ebank.transfer.cash.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.transfer.cash.domain.CashOperation;
import org.ebank.transfer.quota.application.QuotaBook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Records what the ledger decided about a cash operation, once: moving it on from PENDING claims it, so its free use,
 * its events and its audit record happen once even when the recovery and the first request both finish it.
 */
@Component
class FinishCash {

    private final CashRepository operations;
    private final QuotaBook quotas;
    private final CashEvents events;
    private final Audit audit;
    private final TransactionalOperator tx;

    FinishCash(CashRepository operations, QuotaBook quotas, CashEvents events, Audit audit, TransactionalOperator tx) {
        this.operations = operations;
        this.quotas = quotas;
        this.events = events;
        this.audit = audit;
        this.tx = tx;
    }

    /** Whether the money moved; nothing is recorded while the ledger's answer is unknown. */
    Mono<Boolean> finish(CashOperation op, LedgerResult result, String finishedBy) {
        if (result.isUnknown()) {
            return Mono.error(new IllegalStateException("the ledger did not answer for cash operation " + op.id()));
        }
        boolean moved = result.isRecorded();
        Mono<Void> effects = moved ? quotas.consume(op.id()).then(events.recorded(op)) : quotas.release(op.id());
        return tx.transactional(operations.finish(op.id(), moved).flatMap(claimed -> !claimed ? Mono.empty()
                        : effects.then(audit.record(AuditAction.CASH_OPERATION, op.id(), details(op, moved, finishedBy)))))
                .thenReturn(moved);
    }

    private static Map<String, String> details(CashOperation op, boolean moved, String finishedBy) {
        Map<String, String> details = new LinkedHashMap<>(Map.of("type", op.typeName(), "accountId", op.accountId(),
                "amount", op.amount().toString(), "fee", op.fee().toString(), "region", op.region(), "channel", op.channel().name(),
                "status", moved ? "COMPLETED" : "FAILED", "finishedBy", finishedBy));
        if (op.deviceId() != null) {
            details.put("device", op.deviceId());
        }
        return details;
    }
}
