package org.ebank.transfer.transfer.application;

import java.time.Clock;
import java.time.Duration;
import org.ebank.transfer.transfer.domain.TransferStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Finishes transfers left PENDING by a crash or a lost ledger answer: each is posted again under its own
 * id, and the ledger's first answer decides it. Safe with several instances: a transfer moves on only
 * from the status it was read in.
 */
@Service
public class RecoverTransfers {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final TransferRepository transfers;
    private final PostTransfer post;
    private final Clock clock;

    public RecoverTransfers(TransferRepository transfers, PostTransfer post, Clock clock) {
        this.transfers = transfers;
        this.post = post;
        this.clock = clock;
    }

    public Mono<Long> recover() {
        return transfers.stuck(TransferStatus.PENDING, clock.instant().minus(GRACE), 100)
                .concatMap(post::post)
                .filter(t -> t.status() != TransferStatus.PENDING)
                .count();
    }
}
