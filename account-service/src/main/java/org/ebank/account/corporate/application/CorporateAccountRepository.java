package org.ebank.account.corporate.application;

import org.ebank.account.corporate.domain.CorporateAccount;
import reactor.core.publisher.Mono;

/** Corporate settlement accounts in the ledger's account table. */
public interface CorporateAccountRepository {

    /** Inserts a new account with a zero balance; false when its id or its number is taken already. */
    Mono<Boolean> insert(CorporateAccount account);

    Mono<CorporateAccount> findById(String accountId);
}
