package org.ebank.transfer.transfer.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import reactor.core.publisher.Mono;

/** What each customer moved per channel and day, and the payees they have paid before. */
public interface SpendingRepository {

    /** The day's total, locked for the caller's transaction: concurrent transfers add up one after another. */
    Mono<Money> lockDay(String customerId, Channel channel, LocalDate day);

    /** What the customer moved on the channel that day, and whether they have paid this payee before: one statement. */
    Mono<Standing> standing(String customerId, Channel channel, LocalDate day, String payee);

    Mono<Void> add(String customerId, Channel channel, LocalDate day, BigDecimal amount);

    /** Spending so far that day on a channel, and whether the payee is one the customer has paid before. */
    record Standing(Money moved, boolean knownPayee) {
    }
}
