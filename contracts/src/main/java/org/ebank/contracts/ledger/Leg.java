package org.ebank.contracts.ledger;

import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;

/**
 * One line of a posting: an account, a side, a positive amount, and who is on the other side as the account holder
 * should see it (already masked, e.g. {@code 李* 尾号5678}), or null.
 */
public record Leg(String accountId, Direction direction, String amount, String counterparty) {

    public static final int MAX_COUNTERPARTY_LENGTH = 60;

    public static Leg debit(String accountId, Money amount, String counterparty) {
        return new Leg(accountId, Direction.DEBIT, amount.toString(), counterparty);
    }

    public static Leg credit(String accountId, Money amount, String counterparty) {
        return new Leg(accountId, Direction.CREDIT, amount.toString(), counterparty);
    }

    public static Leg debit(String accountId, Money amount) {
        return debit(accountId, amount, null);
    }

    public static Leg credit(String accountId, Money amount) {
        return credit(accountId, amount, null);
    }
}
