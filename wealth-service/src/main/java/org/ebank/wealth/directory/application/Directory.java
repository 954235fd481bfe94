package org.ebank.wealth.directory.application;

import java.time.LocalDate;
import reactor.core.publisher.Mono;

/** Who owns which card, and customers' birth dates (suitability for those aged 65+), as account-service announced them. */
public interface Directory {

    Mono<Boolean> owns(String customerId, String accountId);

    Mono<LocalDate> birthDate(String customerId);
}
