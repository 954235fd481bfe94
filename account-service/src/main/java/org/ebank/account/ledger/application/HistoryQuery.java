package org.ebank.account.ledger.application;

import java.time.Instant;
import org.ebank.contracts.value.Direction;

/**
 * A page of an account's history, newest first. The cursor is the id of the last line seen: lines of
 * one account are numbered in commit order (each posting holds the account's lock), so paging while
 * new postings arrive shows every line exactly once.
 */
public record HistoryQuery(String accountId, Instant from, Instant to, Direction direction, Long before, int limit) {

    public static final int MAX_LIMIT = 100;

    public HistoryQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT);
        }
    }
}
