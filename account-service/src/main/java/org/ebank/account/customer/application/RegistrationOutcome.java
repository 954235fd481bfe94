package org.ebank.account.customer.application;

import org.ebank.account.customer.domain.Customer;
import org.ebank.account.customer.domain.CustomerId;

/** What registering a customer came to. */
public sealed interface RegistrationOutcome {

    record Registered(Customer customer) implements RegistrationOutcome {
    }

    /** A customer with this resident id number exists already. */
    record AlreadyRegistered(CustomerId existing) implements RegistrationOutcome {
    }
}
