package org.ebank.account.ledger.domain;

import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;

/**
 * One line of a posting: an account, a side, a positive amount, and optionally who is on the other
 * side as the account holder should see it (already masked, e.g. {@code 李* 尾号5678}).
 */
public record Leg(String accountId, Direction direction, Money amount, String counterparty) {

    public static final int MAX_COUNTERPARTY_LENGTH = org.ebank.contracts.ledger.Leg.MAX_COUNTERPARTY_LENGTH;
    /** Far above any real movement; the storage holds 17 digits before the point. */
    public static final Money MAX_AMOUNT = Money.of("1000000000000.00");

    public Leg(String accountId, Direction direction, Money amount) {
        this(accountId, direction, amount, null);
    }

    public Leg {
        if (accountId == null || accountId.isBlank() || accountId.length() > 64) {
            throw new IllegalArgumentException("every leg names an account (an id of at most 64 characters)");
        }
        if (direction == null) {
            throw new IllegalArgumentException("every leg is a DEBIT or a CREDIT");
        }
        if (amount == null || !amount.isPositive() || MAX_AMOUNT.isLessThan(amount)) {
            throw new IllegalArgumentException("every leg's amount is positive and at most " + MAX_AMOUNT);
        }
        if (counterparty != null && counterparty.length() > MAX_COUNTERPARTY_LENGTH) {
            throw new IllegalArgumentException("a counterparty has at most " + MAX_COUNTERPARTY_LENGTH + " characters");
        }
    }

    /** The leg's effect on its account's balance: negative for a debit. */
    public Money signedAmount() {
        return direction == Direction.DEBIT ? Money.ZERO.minus(amount) : amount;
    }

    public Leg reversed() {
        return new Leg(accountId, direction.opposite(), amount, counterparty);
    }
}
