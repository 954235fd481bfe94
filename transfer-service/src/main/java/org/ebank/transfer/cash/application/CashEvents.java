package org.ebank.transfer.cash.application;

import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.platform.outbox.Outbox;
import org.ebank.transfer.cash.domain.CashOperation;
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

    Mono<Void> recorded(CashOperation op) {
        Mono<Void> cash = outbox.append(TransferTopics.TRANSFER, op.customerId(), TransferTopics.CASH_OPERATION_RECORDED,
                op.recorded()).then();
        return cash.then(transfers.fees(op.feeEvents()));
    }
}
