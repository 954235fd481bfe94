package org.ebank.corporate.payment.application;

import java.util.Collection;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The bank's own accounts a payment can go to, as account-service announced them: by the keyed hash of their number
 * (cards and settlement accounts alike), never the number itself.
 */
public interface PayeeDirectory {

    Mono<Void> save(String numberHash, Payee payee);

    Mono<Payee> find(String numberHash);

    /** Those of these hashes that name an account, by hash. */
    Mono<Map<String, Payee>> findAll(Collection<String> numberHashes);

    record Payee(String accountId, String ownerId, String region, String lastFour) {
    }
}
