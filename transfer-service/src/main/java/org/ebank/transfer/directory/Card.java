package org.ebank.transfer.directory;

import org.ebank.transfer.fee.domain.CardFacts;

/** One of the bank's cards as transfer-service knows it. */
public record Card(String accountId, String customerId, String cardNumber, String product, String region,
                   String familyAccountId, int starLevel) {

    public CardFacts facts() {
        return new CardFacts(accountId, product, region, familyAccountId, starLevel);
    }

    /** {@code 尾号1234}, how customers recognise a card in messages. */
    public String lastFour() {
        return cardNumber.substring(cardNumber.length() - 4);
    }
}
