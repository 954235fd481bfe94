package org.ebank.account.ledger.application;

import java.util.Map;
import java.util.Set;
import org.ebank.account.ledger.domain.Hold;
import org.ebank.account.ledger.domain.Money;
import org.ebank.account.ledger.domain.Posting;
import reactor.core.publisher.Mono;

/** The ledger's storage. Locks are held until the surrounding transaction ends. */
public interface LedgerRepository {

    Mono<RecordedPosting> findPosting(String id);

    /** Locks the existing accounts among {@code ids}, in id order. */
    Mono<Map<String, LockedAccount>> lockAccounts(Set<String> ids);

    /** Stores the decision; for a recorded posting also the entries and the new balances. */
    Mono<Void> save(RecordedPosting posting, Posting request, Map<String, Money> newBalances);

    /** The id of the posting that reverses {@code postingId}, if any. */
    Mono<String> findReversalOf(String postingId);

    Mono<Hold> findHold(String holdId);

    /** The hold, locked until the transaction ends. */
    Mono<Hold> lockHold(String holdId);

    Mono<Void> insertHold(Hold hold, java.time.Instant at);

    /** Marks the hold settled and gives its amount back to the account's available balance. */
    Mono<Void> settleHold(Hold hold, Hold.Status status, java.time.Instant at);
}
