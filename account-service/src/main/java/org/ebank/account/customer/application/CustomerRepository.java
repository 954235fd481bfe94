package org.ebank.account.customer.application;

import org.ebank.account.customer.domain.Customer;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.account.customer.domain.ResidentIdNumber;
import reactor.core.publisher.Mono;

/** Where customers are kept. */
public interface CustomerRepository {

    /** Adds the customer unless one with the same resident id exists; empty when it does. */
    Mono<Customer> addIfAbsent(Customer customer);

    Mono<CustomerId> findIdByResidentId(ResidentIdNumber residentId);

    Mono<Customer> findById(CustomerId id);
}
