package org.ebank.account.card.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface CardAccountRepository {

    /** Inserts the account; empty when its card number is taken (the caller draws another). */
    Mono<CardAccount> insert(CardAccount account);

    Mono<CardAccount> findById(String accountId);

    Flux<CardAccount> findByCustomer(String customerId);

    Mono<CardAccount> findByCardNumber(String cardNumber);
}
