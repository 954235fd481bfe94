package org.ebank.account.corporate.domain;

import java.time.Instant;
import org.ebank.account.card.domain.CardNumber;
import org.ebank.account.card.domain.Region;
import org.ebank.contracts.value.Money;

/**
 * An enterprise's corporate settlement account (单位结算账户) on the ledger: owned by the enterprise corporate-service
 * keeps, numbered like a card ({@link CardNumber#CORPORATE_PREFIX}), with no card. Its money moves like any customer
 * account's: never below zero, every change a posting.
 */
public record CorporateAccount(String id, String enterpriseId, CardNumber accountNumber, Region region, Money balance,
                               Money available, Instant openedAt) {

    /** Whether a request to open {@code id} again asks for this same account. */
    public boolean sameAs(String enterpriseId, Region region) {
        return this.enterpriseId.equals(enterpriseId) && this.region.equals(region);
    }
}
