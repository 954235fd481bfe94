package org.ebank.account.card.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface CardAccountRepository {

    /** Inserts the account; empty when its card number is taken (the caller draws another). */
    /** {@code branchCode}: the branch that opens it (none when the staff member's token names none). */
    Mono<CardAccount> insert(CardAccount account, String branchCode);

    Mono<CardAccount> findById(String accountId);

    Flux<CardAccount> findByCustomer(String customerId);

    Mono<CardAccount> findByCardNumber(String cardNumber);
}
