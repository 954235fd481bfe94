package org.ebank.transfer.transfer.application;

import java.util.List;
import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.platform.events.TraceParent;
import org.ebank.platform.outbox.Outbox;
import org.ebank.transfer.transfer.domain.Transfer.Transition;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Announces a transfer's move with the events it caused, and fees, in the transaction that decided them. */
@Component
public class TransferEvents {

    private final Outbox outbox;

    public TransferEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Every event of the move, in order, in one statement, keyed by the customer. */
    public Mono<Void> publish(Transition move) {
        return TraceParent.current().flatMap(trace -> outbox.appendAll(move.events().stream()
                .map(e -> new Outbox.Pending(TransferTopics.TRANSFER, move.to().customerId(), e.type(), e,
                        trace.orElse(null)))
                .toList())).then();
    }

    /** A fee charged (FeeCharged) and the part of it waived (FeeWaived), in order, keyed by the customer. */
    public Mono<Void> fees(List<FeeEvent> fees) {
        return Flux.fromIterable(fees).concatMap(fee -> outbox.append(TransferTopics.TRANSFER, fee.customerId(), fee.type(), fee))
                .then();
    }
}
