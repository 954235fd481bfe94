package org.ebank.transfer.transfer.application;

import org.ebank.transfer.transfer.domain.Transfer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Confirms a quote: accept it (once), then post it to the ledger and record the outcome. */
@Service
public class ExecuteTransfer {

    private final AcceptTransfer accept;
    private final PostTransfer post;

    public ExecuteTransfer(AcceptTransfer accept, PostTransfer post) {
        this.accept = accept;
        this.post = post;
    }

    public Mono<Outcome<Transfer>> execute(String customerId, String quoteId, String otp, boolean byScheduler) {
        return accept.accept(customerId, quoteId, otp, byScheduler).flatMap(outcome -> outcome instanceof Outcome.Ok<Transfer> ok
                ? post.post(ok.value()).map(Outcome::ok)
                : Mono.just(outcome));
    }
}
