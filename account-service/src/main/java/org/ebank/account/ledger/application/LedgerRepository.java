package org.ebank.account.ledger.application;

import java.util.Map;
import java.util.Set;
import org.ebank.account.ledger.domain.Money;
import reactor.core.publisher.Mono;

/** The ledger's storage. Locks are held until the surrounding transaction ends. */
public interface LedgerRepository {

    Mono<RecordedPosting> findPosting(String id);

    /** Locks the existing accounts among {@code ids}, in id order. */
    Mono<Map<String, LockedAccount>> lockAccounts(Set<String> ids);

    /** Stores the decision; for a recorded posting also the entries and the new balances. */
    Mono<Void> save(RecordedPosting posting, String channel, String kind, String memo, Map<String, Money> newBalances);
}
