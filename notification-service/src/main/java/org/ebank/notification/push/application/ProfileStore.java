package org.ebank.notification.push.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.value.CardProduct;
import org.ebank.notification.push.domain.IdleBalance;
import org.ebank.notification.push.domain.Offer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The recommender's facts about customers and products, kept from events. */
public interface ProfileStore {

    Mono<Void> offer(Offer offer);

    Mono<Void> soldOut(String productCode);

    Mono<Void> card(String accountId, String customerId, String product);

    /** Balances after postings, at most one per account and day; a later posting's replaces an earlier one's. */
    Mono<Void> balances(List<Balance> balances);

    /** Transactions per customer and day, and how many of them in the evening, added to those counted before. */
    Mono<Void> activity(List<Activity> activity);

    record Balance(String accountId, String customerId, LocalDate day, BigDecimal balance, Instant at) {
    }

    record Activity(String customerId, LocalDate day, int total, int evening) {
    }

    Mono<Void> risk(String customerId, int level, Instant validUntil);

    Mono<Void> holding(String customerId, String productCode, BigDecimal change);

    /** Customers whose risk assessment is still valid: the only ones a product may be pushed to. */
    Flux<String> assessedCustomers(Instant now);

    Mono<Facts> facts(String customerId, LocalDate since);

    Flux<Offer> offers();

    /**
     * One customer's facts since a day: closing balances (with each account's last one before that day), transactions
     * and evening transactions, card products, risk level, products held, birth date.
     */
    record Facts(List<IdleBalance.Closing> closings, long transactions, long eveningTransactions, Set<CardProduct> cardProducts,
                 Integer riskLevel, Instant riskValidUntil, Set<String> holdings, LocalDate birthDate) {
    }
}
