package org.ebank.account.ledger.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ebank.account.ledger.domain.Hold;
import org.ebank.contracts.value.Money;
import reactor.core.publisher.Mono;

/** The ledger's storage. Locks are held until the surrounding transaction ends. */
public interface LedgerRepository {

    Mono<RecordedPosting> findPosting(String id);

    /** Those of {@code ids} that were decided before, by id. */
    Mono<Map<String, RecordedPosting>> findPostings(Set<String> ids);

    /** Locks the existing accounts among {@code ids}, in id order. */
    Mono<Map<String, LockedAccount>> lockAccounts(Set<String> ids);

    /** Stores the decisions, in order; for recorded postings also their entries. */
    Mono<Void> saveAll(List<NewPosting> postings);

    /** Sets the balances of customer accounts. */
    Mono<Void> updateBalances(Map<String, Money> balances);

    /** For those of {@code postingIds} that were reversed: the id of the reversing posting. */
    Mono<Map<String, String>> findReversalsOf(Set<String> postingIds);

    Mono<Hold> findHold(String holdId);

    /** The hold, locked until the transaction ends. */
    Mono<Hold> lockHold(String holdId);

    /** The existing holds among {@code holdIds}, locked until the transaction ends. */
    Mono<Map<String, Hold>> lockHolds(Set<String> holdIds);

    Mono<Void> insertHold(Hold hold, Instant at);

    /** Marks the holds settled and gives their amounts back to their accounts' available balance. */
    Mono<Void> settleHolds(Collection<Hold> holds, Hold.Status status, Instant at);

    /**
     * A decided posting to store.
     *
     * @param capturesHold the hold a recorded posting captured, or null
     * @param reverses     the posting a recorded posting reversed, or null
     */
    record NewPosting(RecordedPosting posting, String capturesHold, String reverses) {
    }
}
