package org.ebank.account.corporate.application;

import org.ebank.account.corporate.domain.CorporateAccount;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Corporate settlement accounts in the ledger's account table, and the holders' names payroll batches are checked against. */
public interface CorporateAccountRepository {

    /**
     * Inserts a new account with a zero balance, belonging to {@code branchCode} (or to no branch); false when its id or its
     * number is taken already.
     */
    Mono<Boolean> insert(CorporateAccount account, String branchCode);

    Mono<CorporateAccount> findById(String accountId);

    /** The holders of these accounts: a person's name, or none for an enterprise's or the bank's own account. */
    Flux<Holder> holders(Set<String> accountIds);

    record Holder(String accountId, String personName) {
    }
}
