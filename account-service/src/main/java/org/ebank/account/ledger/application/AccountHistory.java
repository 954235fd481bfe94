package org.ebank.account.ledger.application;

import java.time.Instant;
import org.ebank.contracts.ledger.Movements;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What moved through a ledger account: a customer's paged history, and totals by posting kind for reconciliation. */
public interface AccountHistory {

    Flux<HistoryLine> page(HistoryQuery query);

    /**
     * Debits and credits on one account in {@code [from, to)}, by posting kind; a reversal (冲正) counts under the kind
     * of the posting it undoes, so a returned transfer's fee leaves under TRANSFER, as it came in.
     */
    Mono<Movements> movements(String accountId, Instant from, Instant to);
}
