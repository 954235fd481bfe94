package org.ebank.transfer.directory.application;

import org.ebank.transfer.directory.domain.Card;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The bank's cards as this service knows them (a replica written by account events): never their numbers. */
public interface CardDirectory {

    Mono<Card> byAccountId(String accountId);

    /** The card with the number a customer typed, found by its keyed hash: this service keeps no card numbers. */
    Mono<Card> byCardNumber(String cardNumber);

    Flux<Card> ofCustomer(String customerId);
}
