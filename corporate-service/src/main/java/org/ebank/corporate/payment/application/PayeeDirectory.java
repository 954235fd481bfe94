package org.ebank.corporate.payment.application;

import reactor.core.publisher.Mono;

/**
 * The bank's own accounts a payment can go to, as account-service announced them: by the keyed hash of their number
 * (cards and settlement accounts alike), never the number itself.
 */
public interface PayeeDirectory {

    Mono<Void> save(String numberHash, Payee payee);

    Mono<Payee> find(String numberHash);

    record Payee(String accountId, String ownerId, String region, String lastFour) {
    }
}
