package org.ebank.transfer.cash;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.transfer.CashOperationRecorded;
import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.platform.outbox.Outbox;
import org.ebank.transfer.transfer.application.TransferEvents;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Announces a cash operation the ledger recorded, with its fee charged and waived, in the transaction that records it. */
@Component
class CashEvents {

    private final Outbox outbox;
    private final TransferEvents transfers;

    CashEvents(Outbox outbox, TransferEvents transfers) {
        this.outbox = outbox;
        this.transfers = transfers;
    }

    Mono<Void> recorded(Recorded op) {
        String operation = "DEPOSIT".equals(op.type()) ? "CASH_DEPOSIT" : "CASH_WITHDRAWAL";
        Mono<Void> cash = outbox.append(TransferTopics.TRANSFER, op.customerId(), TransferTopics.CASH_OPERATION_RECORDED,
                new CashOperationRecorded(op.id(), op.customerId(), op.accountId(), op.type(), op.amount(), op.fee(), op.channel(),
                        op.region(), op.at())).then();
        if (op.baseFee().signum() <= 0) {
            return cash;
        }
        return cash.then(transfers.fee(new FeeEvent(op.id(), op.customerId(), op.accountId(), operation, op.kind(), op.channel(),
                op.baseFee(), op.fee(), op.baseFee().subtract(op.fee()), op.waiverRule(), op.at())));
    }

    /** A recorded cash operation as the events tell it: {@code type} DEPOSIT or WITHDRAWAL, {@code kind} SAME_REGION or CROSS_REGION. */
    record Recorded(String id, String customerId, String accountId, String type, String kind, String channel, String region,
                    BigDecimal amount, BigDecimal baseFee, BigDecimal fee, String waiverRule, Instant at) {
    }
}
