package org.ebank.transfer.waiver.application;

import org.ebank.transfer.waiver.domain.ChargedFee;
import org.ebank.transfer.waiver.domain.ManualWaiver;
import reactor.core.publisher.Mono;

/** The fees staff gave back by hand, one per operation. */
public interface WaiverRepository {

    Mono<ManualWaiver> byOperation(String operationId);

    /** Records the waiver; false when the operation's fee was waived already. Runs in the caller's transaction. */
    Mono<Boolean> save(ManualWaiver waiver);

    /** The fee a cash operation was charged. */
    Mono<ChargedFee> cashFee(String operationId);
}
