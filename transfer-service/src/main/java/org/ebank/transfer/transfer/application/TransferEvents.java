package org.ebank.transfer.transfer.application;

import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.transfer.TransferOutcome;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.platform.outbox.Outbox;
import org.ebank.transfer.transfer.domain.Transfer;
import org.ebank.transfer.transfer.domain.TransferStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Announces what became of a transfer and its fee, in the transaction that decided it. */
@Component
public class TransferEvents {

    private final Outbox outbox;

    public TransferEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Mono<Void> outcome(Transfer t) {
        String type = switch (t.status()) {
            case FAILED -> TransferTopics.TRANSFER_FAILED;
            case SETTLED -> TransferTopics.TRANSFER_SETTLED;
            case RETURNED -> TransferTopics.TRANSFER_RETURNED;
            default -> TransferTopics.TRANSFER_COMPLETED;
        };
        String masked = "尾号" + t.toAccountNumber().substring(Math.max(0, t.toAccountNumber().length() - 4));
        return outbox.append(TransferTopics.TRANSFER, t.customerId(), type, new TransferOutcome(t.id(), t.customerId(),
                t.fromAccountId(), t.toAccountId(), masked, t.toName(), t.toBankCode(), t.amount().amount(), t.fee().amount(),
                t.kind().name(), t.channel(), t.scheduled(), t.status().name(), t.failureReason(), t.updatedAt())).then();
    }

    /** The fee of a transfer that went through: charged, waived in part or whole, or both. */
    public Mono<Void> fee(Transfer t) {
        if (t.status() == TransferStatus.FAILED || !t.baseFee().isPositive()) {
            return Mono.empty();
        }
        return fee(new FeeEvent(t.id(), t.customerId(), t.feeAccountId(), "TRANSFER", t.kind().name(), t.channel(),
                t.baseFee().amount(), t.fee().amount(), t.waived().amount(), t.waiverRule(), t.updatedAt()));
    }

    /** A fee charged (FeeCharged) and the part of it waived (FeeWaived), each announced when it is more than zero. */
    public Mono<Void> fee(FeeEvent fee) {
        Mono<Void> charged = fee.fee().signum() > 0
                ? outbox.append(TransferTopics.TRANSFER, fee.customerId(), TransferTopics.FEE_CHARGED, fee).then() : Mono.empty();
        Mono<Void> waived = fee.waived().signum() > 0
                ? outbox.append(TransferTopics.TRANSFER, fee.customerId(), TransferTopics.FEE_WAIVED, fee).then() : Mono.empty();
        return charged.then(waived);
    }
}
