package org.ebank.account.corporate.application;

import org.ebank.account.card.domain.Region;
import org.ebank.contracts.value.Money;

/**
 * corporate-service opening an enterprise's settlement account under an id of its own, at the branch of the staff member
 * who asked ({@code branchCode}, null when none is known).
 */
public record OpenCorporateAccountCommand(String accountId, String enterpriseId, Region region, Money initialDeposit,
                                          String branchCode) {

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
        if (branchCode != null && !branchCode.matches("\\d{4,12}")) {
            throw new IllegalArgumentException("a branch code has 4 to 12 digits");
        }
        if (initialDeposit == null || initialDeposit.isNegative()) {
            throw new IllegalArgumentException("the initial deposit is zero or more");
        }
    }
}
