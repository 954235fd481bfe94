package org.ebank.account.corporate.application;

import org.ebank.account.card.domain.Region;
import org.ebank.contracts.value.Money;

/** corporate-service opening an enterprise's settlement account under an id of its own. */
public record OpenCorporateAccountCommand(String accountId, String enterpriseId, Region region, Money initialDeposit) {

    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    public OpenCorporateAccountCommand {
        if (accountId == null || !accountId.matches(ID)) {
            throw new IllegalArgumentException("an account id has 1 to 64 letters, digits, '_' or '-'");
        }
        if (enterpriseId == null || !enterpriseId.matches(ID)) {
            throw new IllegalArgumentException("an enterprise id has 1 to 64 letters, digits, '_' or '-'");
        }
        if (region == null) {
            throw new IllegalArgumentException("a corporate account has a region");
        }
        if (initialDeposit == null || initialDeposit.isNegative()) {
            throw new IllegalArgumentException("the initial deposit is zero or more");
        }
    }
}
