package org.ebank.transfer.clearing.application;

import org.ebank.transfer.transfer.domain.Transfer;
import reactor.core.publisher.Mono;

/** The interbank clearing network: transfers to other banks are handed to it and followed until settled or returned. */
public interface Clearing {

    /** Hands the transfer to the network; the same id twice is one transfer there. */
    Mono<Void> submit(Transfer t);

    Mono<Status> status(String transferId);

    /** PENDING, SETTLED, RETURNED, or UNKNOWN when the network has not seen it (submit it again). */
    record Status(String status, String reason) {
    }
}
