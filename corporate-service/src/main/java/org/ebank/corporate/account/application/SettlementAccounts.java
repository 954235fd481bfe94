package org.ebank.corporate.account.application;

import org.ebank.contracts.value.Money;
import org.ebank.corporate.account.domain.SettlementAccount;
import org.ebank.corporate.enterprise.application.EnterpriseRepository;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff open an enterprise's settlement accounts and read them. The account id is the caller's (from the request's
 * idempotency key), so a retry after a lost answer gets the account the first try opened, and its deposit once.
 */
@Service
public class SettlementAccounts {

    private final EnterpriseRepository enterprises;
    private final SettlementLedger ledger;
    private final SettlementAccountRepository accounts;

    public SettlementAccounts(EnterpriseRepository enterprises, SettlementLedger ledger, SettlementAccountRepository accounts) {
        this.enterprises = enterprises;
        this.ledger = ledger;
        this.accounts = accounts;
    }

    /**
     * Empty when there is no such enterprise; the region defaults to the enterprise's; the account belongs to
     * {@code branchCode}, the opening staff member's branch.
     */
    public Mono<SettlementAccount> open(String accountId, String enterpriseId, String region, Money initialDeposit, String branchCode) {
        return enterprises.findById(enterpriseId)
                .flatMap(enterprise -> ledger.open(accountId, enterprise.id(), region == null ? enterprise.region() : region,
                        initialDeposit, branchCode))
                .flatMap(account -> accounts.save(account).thenReturn(account));
    }

    /** The enterprise's accounts with their balances now; an unknown enterprise has none. */
    public Flux<SettlementAccount> of(String enterpriseId) {
        return accounts.idsOf(enterpriseId).concatMap(ledger::find);
    }
}
