package org.ebank.transfer.directory.domain;

import org.ebank.contracts.value.CardProduct;
import org.ebank.transfer.kernel.domain.CardFacts;

/** One of the bank's cards as transfer-service knows it: never its number, only its last four digits. */
public record Card(String accountId, String customerId, String cardLastFour, CardProduct product, String region,
                   String familyAccountId, int starLevel) {

    public CardFacts facts() {
        return new CardFacts(accountId, product, region, familyAccountId, starLevel);
    }
}
