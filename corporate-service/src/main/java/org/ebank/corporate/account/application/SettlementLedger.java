package org.ebank.corporate.account.application;

import org.ebank.contracts.value.Money;
import org.ebank.corporate.account.domain.SettlementAccount;
import reactor.core.publisher.Mono;

/**
 * The ledger's side of settlement accounts (account-service holds them, and their money). Opening is safe to repeat
 * under the same account id: the ledger answers the account it opened the first time.
 */
public interface SettlementLedger {

    Mono<SettlementAccount> open(String accountId, String enterpriseId, String region, Money initialDeposit, String branchCode);

    Mono<SettlementAccount> find(String accountId);
}
