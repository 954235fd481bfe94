package org.ebank.payment.directory.application;

import org.ebank.payment.directory.domain.Card;
import reactor.core.publisher.Mono;

/** The cards customers hold, as account-service announced them. */
public interface Directory {

    /** The card of that account, or empty when there is none (or not yet heard of). */
    Mono<Card> card(String accountId);
}
