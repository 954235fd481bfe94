package org.ebank.payment.directory.domain;

import org.ebank.contracts.value.CardProduct;

/**
 * A customer's card as account-service announced it: whose it is, its product, the last four digits of its number; or an
 * enterprise's settlement account (product CORPORATE, held by the enterprise's id).
 */
public record Card(String accountId, String customerId, CardProduct product, String lastFour) {

    public boolean isOwnedBy(String customer) {
        return customerId.equals(customer);
    }
}
