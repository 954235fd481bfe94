package org.ebank.corporate.account.domain;

import java.time.Instant;
import org.ebank.contracts.value.Money;

/**
 * An enterprise's corporate settlement account (单位结算账户) as the ledger holds it: its 19-digit account number (no
 * card), its region, its balance and what is available after holds.
 */
public record SettlementAccount(String id, String enterpriseId, String accountNumber, String region, Money balance,
                                Money available, Instant openedAt) {

    public String lastFour() {
        return accountNumber.substring(accountNumber.length() - 4);
    }

    /** The number as customers see it everywhere but the staff view. */
    public String maskedNumber() {
        return accountNumber.substring(0, 4) + " **** **** ***" + lastFour();
    }
}
