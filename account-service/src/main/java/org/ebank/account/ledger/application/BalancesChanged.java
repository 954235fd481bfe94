package org.ebank.account.ledger.application;

import java.util.List;
import org.ebank.account.kernel.domain.CardProduct;
import reactor.core.publisher.Mono;

/**
 * Told, inside a posting's transaction, whose balances it changed: what follows a balance (a 易汇通卡's star level)
 * stays in step with the money, and the ledger need not know what that is.
 */
public interface BalancesChanged {

    Mono<Void> changed(List<ChangedAccount> accounts);

    /** A customer account a posting changed, in account id order. */
    record ChangedAccount(String accountId, CardProduct product) {
    }
}
