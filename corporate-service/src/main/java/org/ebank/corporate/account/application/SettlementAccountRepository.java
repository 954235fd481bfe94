package org.ebank.corporate.account.application;

import org.ebank.corporate.account.domain.SettlementAccount;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Which enterprise owns which settlement account (the numbers and the money stay in the ledger). */
public interface SettlementAccountRepository {

    /** Records the account once; recording it again changes nothing. */
    Mono<Void> save(SettlementAccount account);

    /** The account's region, when it is one of the enterprise's. */
    Mono<String> regionOf(String accountId, String enterpriseId);

    /** The enterprise's account ids, oldest first. */
    Flux<String> idsOf(String enterpriseId);
}
