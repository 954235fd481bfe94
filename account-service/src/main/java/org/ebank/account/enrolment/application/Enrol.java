package org.ebank.account.enrolment.application;

import java.time.Clock;
import java.time.Instant;
import org.ebank.account.card.application.CardAccountRepository;
import org.ebank.account.customer.application.CustomerRepository;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.account.enrolment.application.SmsChallenges.Answer;
import org.ebank.account.enrolment.domain.Challenge;
import org.ebank.account.enrolment.domain.LoginGuard;
import org.ebank.account.enrolment.domain.LoginGuard.LoginState;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.platform.outbox.Outbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A card holder enrols in mobile banking, netbank or corporate netbank (开通电子银行), in two steps: the card and the
 * phone on record, which sends a code to that phone; then the code with the password. Only whoever holds the phone
 * gets to the password, a customer who has a login already must give its password (a wrong one counts toward the
 * lockout, as at sign-in) and a wrong password reads as a wrong code.
 */
@Service
public class Enrol {

    private final CardAccountRepository accounts;
    private final CustomerRepository customers;
    private final EnrolmentRepository enrolments;
    private final SmsChallenges challenges;
    private final PasswordEncoder passwords;
    private final LoginGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public Enrol(CardAccountRepository accounts, CustomerRepository customers, EnrolmentRepository enrolments,
                 SmsChallenges challenges, PasswordEncoder passwords, LoginGuard guard, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.customers = customers;
        this.enrolments = enrolments;
        this.challenges = challenges;
        this.passwords = passwords;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Mono<EnrolmentOutcome> start(EnrolCommand command) {
        return accounts.findByCardNumber(command.cardNumber())
                .flatMap(account -> customers.findById(new CustomerId(account.customerId())))
                .filter(customer -> customer.phone().value().equals(command.phone()))
                .flatMap(customer -> enrolments.enrolledCustomerWithPhone(command.phone())
                        .map(other -> other.equals(customer.id().value()))
                        .defaultIfEmpty(true)
                        .flatMap(phoneIsTheirs -> phoneIsTheirs ? sendCode(customer.id().value(), command)
                                : Mono.just((EnrolmentOutcome) new EnrolmentOutcome.PhoneTaken())))
                .defaultIfEmpty(new EnrolmentOutcome.DetailsMismatch());
    }

    private Mono<EnrolmentOutcome> sendCode(String customerId, EnrolCommand command) {
        return challenges.send(customerId, Challenge.Purpose.ENROLMENT, command.channel(), command.deviceId(), command.referrerCode())
                .map(challenge -> (EnrolmentOutcome) new EnrolmentOutcome.CodeSent(challenge.id(), challenge.expiresAt()))
                .defaultIfEmpty(new EnrolmentOutcome.TooManyCodes());
    }

    @Transactional
    public Mono<EnrolmentOutcome> confirm(String enrolmentId, String code, String password) {
        return challenges.answer(enrolmentId, Challenge.Purpose.ENROLMENT, code).flatMap(answer -> {
            if (answer instanceof Answer.Right right) {
                return withPassword(right.challenge(), password);
            }
            return Mono.just(answer instanceof Answer.Wrong wrong ? new EnrolmentOutcome.Refused(wrong.triesLeft())
                    : new EnrolmentOutcome.CodeClosed());
        });
    }

    private Mono<EnrolmentOutcome> withPassword(Challenge challenge, String password) {
        Instant now = clock.instant();
        String customerId = challenge.customerId();
        return enrolments.lockCredential(customerId)
                .flatMap(existing -> withExisting(challenge, existing, password, now))
                // the first login: set the password; if another enrolment set one a moment ago, this must match it
                .switchIfEmpty(Mono.defer(() -> hash(password).flatMap(hash -> enrolments.createCredential(customerId, hash))
                        .flatMap(created -> created ? register(challenge, now) : enrolments.lockCredential(customerId)
                                .flatMap(existing -> withExisting(challenge, existing, password, now)))));
    }

    private Mono<EnrolmentOutcome> withExisting(Challenge challenge, EnrolmentRepository.Credential existing, String password,
                                                Instant now) {
        String customerId = challenge.customerId();
        if (guard.isLocked(existing.state(), now)) {
            return Mono.just(new EnrolmentOutcome.Locked(existing.state().lockedUntil()));
        }
        return matches(password, existing.passwordHash()).flatMap(correct -> {
            if (correct) {
                return enrolments.saveLoginState(customerId, LoginState.CLEAR).then(register(challenge, now));
            }
            LoginState next = guard.afterFailure(existing.state(), now);
            return enrolments.saveLoginState(customerId, next).then(challenges.spendTry(challenge))
                    .map(left -> next.lockedUntil() != null ? new EnrolmentOutcome.Locked(next.lockedUntil())
                            : new EnrolmentOutcome.Refused(left));
        });
    }

    /**
     * Enrols, unless another customer signs in with the same phone: checked again here under a lock on the phone, so two
     * customers sharing one phone who confirm at the same moment cannot both get a login on it.
     */
    private Mono<EnrolmentOutcome> register(Challenge challenge, Instant now) {
        String customerId = challenge.customerId();
        return customers.findById(new CustomerId(customerId)).map(customer -> customer.phone().value())
                .flatMap(phone -> enrolments.lockPhone(phone).then(enrolments.enrolledCustomerWithPhone(phone)))
                .filter(other -> !other.equals(customerId))
                .map(other -> (EnrolmentOutcome) new EnrolmentOutcome.PhoneTaken())
                .switchIfEmpty(Mono.defer(() -> enrolled(challenge, now)));
    }

    private Mono<EnrolmentOutcome> enrolled(Challenge challenge, Instant now) {
        String customerId = challenge.customerId();
        return challenges.close(challenge)
                .then(enrolments.enrol(customerId, challenge.channel(), challenge.referrerCode(), now))
                .flatMap(enrolled -> {
                    if (!enrolled) {
                        return Mono.just((EnrolmentOutcome) new EnrolmentOutcome.AlreadyEnrolled());
                    }
                    Mono<Boolean> device = challenge.channel().bindsDevice()
                            ? enrolments.bindDevice(customerId, challenge.deviceId(), now) : Mono.just(false);
                    return device.then(outbox.append(AccountTopics.CUSTOMER, customerId, AccountTopics.CUSTOMER_ENROLLED,
                                    new CustomerEnrolled(customerId, challenge.channel().channel(), challenge.referrerCode(), now)))
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
