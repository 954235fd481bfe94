package org.ebank.account.card.application;

import org.ebank.account.card.domain.Region;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;

/**
 * Staff opening a card account for a person, at their branch ({@code branchCode}, none when their token names none).
 * Only a 青年卡 links a family account (亲情账户).
 */
public record OpenAccountCommand(CustomerId customerId, CardProduct product, Region region, String familyAccountId,
                                 Money initialDeposit, String branchCode) {

    public OpenAccountCommand {
        if (!product.isCard()) {
            throw new IllegalArgumentException("a person's account is a card; a CORPORATE account is an enterprise's");
        }
        if (familyAccountId != null && !product.mayLinkFamilyAccount()) {
            throw new IllegalArgumentException("only a QINGNIAN card links a family account");
        }
        if (initialDeposit == null || initialDeposit.isNegative()) {
            throw new IllegalArgumentException("the initial deposit is zero or more");
        }
    }
}
