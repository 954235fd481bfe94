package org.ebank.transfer.transfer.application;

import java.time.Clock;
import java.time.Duration;
import org.ebank.transfer.transfer.domain.TransferStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Finishes transfers left PENDING by a crash or a lost ledger answer: each is posted again under its own
 * id, and the ledger's first answer decides it. Safe with several instances: a transfer moves on only
 * from the status it was read in. A crash under load can leave hundreds: one run goes on page after page
 * while pages come back full and it finishes some of them, so a backlog clears in one run, not one page a run; it stops
 * after 30 s of pages, well inside the minute its job's lock is held for. The grace ({@code ebank.transfers.recovery-grace})
 * must outlast the ledger call of the request that left a transfer PENDING (10 s), or recovery races it: harmless, as
 * the posting id is the transfer's, but wasted work.
 */
@Service
public class RecoverTransfers {

    private static final int PAGE = 100;
    private static final int PAGES_PER_RUN = 20;
    private static final Duration RUN_AT_MOST = Duration.ofSeconds(30);

    private final TransferRepository transfers;
    private final PostTransfer post;
    private final Clock clock;
    private final Duration grace;

    public RecoverTransfers(TransferRepository transfers, PostTransfer post, Clock clock,
                            @Value("${ebank.transfers.recovery-grace:30s}") Duration grace) {
        this.transfers = transfers;
        this.post = post;
        this.clock = clock;
        this.grace = grace;
    }

    /** Transfers finished (completed or failed) by this run. */
    public Mono<Long> recover() {
        return page(0, 0L, System.nanoTime() + RUN_AT_MOST.toNanos());
    }

    private Mono<Long> page(int done, long finishedSoFar, long stopAt) {
        return transfers.stuck(TransferStatus.PENDING, clock.instant().minus(grace), PAGE)
                .concatMap(post::post)
                .collectList()
                .flatMap(page -> {
                    long finished = page.stream().filter(t -> t.status() != TransferStatus.PENDING).count();
                    boolean more = page.size() == PAGE && finished > 0 && done + 1 < PAGES_PER_RUN && System.nanoTime() < stopAt;
                    return more ? page(done + 1, finishedSoFar + finished, stopAt) : Mono.just(finishedSoFar + finished);
                });
    }
}
