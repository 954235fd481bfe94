package org.ebank.account.ledger.application;

import java.time.Instant;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;

/** One line of an account's transaction history. {@code id} orders the lines and is the paging cursor. */
public record HistoryLine(long id, String postingId, Instant time, Direction direction, Money amount, Money balanceAfter,
                          String channel, String kind, String memo, String counterparty) {
}
