package org.ebank.account.ledger.domain;

import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;

/** A leg as recorded on its account, with the customer account's balance after it (none for internal accounts). */
public record Entry(String accountId, Direction direction, Money amount, Money balanceAfter, String counterparty) {
}
