package org.ebank.transfer.kernel.domain;

import org.ebank.contracts.value.CardProduct;

/** What the fee rules need to know about one of the bank's cards. */
public record CardFacts(String accountId, CardProduct product, String region, String familyAccountId, int starLevel) {

    public boolean is(CardProduct cardProduct) {
        return cardProduct == product;
    }

    public boolean isSameAccount(CardFacts other) {
        return other != null && accountId.equals(other.accountId);
    }
}
