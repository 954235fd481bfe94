package org.ebank.transfer.kernel.domain;

/** What the fee rules need to know about one of the bank's cards. */
public record CardFacts(String accountId, String product, String region, String familyAccountId, int starLevel) {

    public boolean is(String cardProduct) {
        return cardProduct.equals(product);
    }

    public boolean isSameAccount(CardFacts other) {
        return other != null && accountId.equals(other.accountId);
    }
}
