package org.ebank.account.customer.application;

import java.time.Clock;
import java.util.Map;
import org.ebank.account.customer.domain.Customer;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Staff register a bank customer; the registration is announced on the customer topic. */
@Service
public class RegisterCustomer {

    private final CustomerRepository customers;
    private final Outbox outbox;
    private final Audit audit;
    private final Clock clock;

    public RegisterCustomer(CustomerRepository customers, Outbox outbox, Audit audit, Clock clock) {
        this.customers = customers;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Mono<RegistrationOutcome> register(RegisterCustomerCommand command) {
        Customer customer = new Customer(CustomerId.newId(), command.name(), command.residentId(), command.phone(),
                clock.instant());
        return customers.addIfAbsent(customer)
                .flatMap(added -> announce(added).then(audit.record(AuditAction.CUSTOMER_REGISTERED, added.id().value(), Map.of()))
                        .thenReturn((RegistrationOutcome) new RegistrationOutcome.Registered(added)))
                .switchIfEmpty(Mono.defer(() -> customers.findIdByResidentId(command.residentId())
                        .map(RegistrationOutcome.AlreadyRegistered::new)));
    }

    private Mono<?> announce(Customer customer) {
        return outbox.append(AccountTopics.CUSTOMER, customer.id().value(), AccountTopics.CUSTOMER_REGISTERED,
                new CustomerRegistered(customer.id().value(), customer.name(), customer.phone().value(),
                        customer.birthDate(), customer.registeredAt()));
    }
}
