package org.ebank.account.enrolment.application;

import java.time.Clock;
import java.time.Instant;
import org.ebank.account.card.application.CardAccountRepository;
import org.ebank.account.customer.application.CustomerRepository;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.platform.outbox.Outbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A card holder enrols in mobile banking, netbank or corporate netbank (开通电子银行). */
@Service
public class Enrol {

    private final CardAccountRepository accounts;
    private final CustomerRepository customers;
    private final EnrolmentRepository enrolments;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final Clock clock;

    public Enrol(CardAccountRepository accounts, CustomerRepository customers, EnrolmentRepository enrolments,
                 PasswordEncoder passwords, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.customers = customers;
        this.enrolments = enrolments;
        this.passwords = passwords;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Mono<EnrolmentOutcome> enrol(EnrolCommand command) {
        return accounts.findByCardNumber(command.cardNumber())
                .flatMap(account -> customers.findById(new CustomerId(account.customerId())))
                .filter(customer -> customer.phone().value().equals(command.phone()))
                .flatMap(customer -> enrolments.enrolledCustomerWithPhone(command.phone())
                        .map(other -> other.equals(customer.id().value()))
                        .defaultIfEmpty(true)
                        .flatMap(phoneIsTheirs -> phoneIsTheirs ? withPassword(customer.id().value(), command)
                                : Mono.just((EnrolmentOutcome) new EnrolmentOutcome.PhoneTaken())))
                .defaultIfEmpty(new EnrolmentOutcome.DetailsMismatch());
    }

    private Mono<EnrolmentOutcome> withPassword(String customerId, EnrolCommand command) {
        return enrolments.lockCredential(customerId)
                .flatMap(existing -> matches(command.password(), existing.passwordHash()))
                .switchIfEmpty(Mono.defer(() -> hash(command.password())
                        .flatMap(hash -> enrolments.createCredential(customerId, hash)).thenReturn(true)))
                .flatMap(ok -> ok ? register(customerId, command) : Mono.just(new EnrolmentOutcome.DetailsMismatch()));
    }

    private Mono<EnrolmentOutcome> register(String customerId, EnrolCommand command) {
        Instant now = clock.instant();
        return enrolments.enrol(customerId, command.channel(), command.referrerCode(), now)
                .flatMap(enrolled -> {
                    if (!enrolled) {
                        return Mono.just((EnrolmentOutcome) new EnrolmentOutcome.AlreadyEnrolled());
                    }
                    Mono<Boolean> device = command.channel().bindsDevice()
                            ? enrolments.bindDevice(customerId, command.deviceId(), now) : Mono.just(false);
                    return device.then(outbox.append(AccountTopics.CUSTOMER, customerId, AccountTopics.CUSTOMER_ENROLLED,
                                    new CustomerEnrolled(customerId, command.channel().name(), command.referrerCode(), now)))
                            .thenReturn(new EnrolmentOutcome.Enrolled(customerId));
                });
    }

    private Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> passwords.matches(password, hash)).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<String> hash(String password) {
        return Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }
}
