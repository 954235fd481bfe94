package org.ebank.account.enrolment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.ebank.account.enrolment.domain.LoginGuard;
import org.ebank.account.enrolment.domain.LoginGuard.LoginState;
import org.ebank.account.token.TokenIssuer;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.platform.outbox.Outbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A customer signs in to mobile banking or netbank. Attempts on one login are serialised on its
 * credential row, so parallel guesses count one by one and the lock holds; the count commits even
 * when the answer is no.
 */
@Service
public class LogIn {

    /** Checked against when the phone is unknown, so an unknown phone takes as long as a wrong password. */
    private static final String DECOY_HASH = "$2a$10$zsJgRgRePLx772HR6jvW2O1/e4AKMNvcoI4NaSnG2s2G6Q76A0Lqm";

    private final EnrolmentRepository enrolments;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final LoginGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public LogIn(EnrolmentRepository enrolments, PasswordEncoder passwords, TokenIssuer tokens, LoginGuard guard,
                 Outbox outbox, Clock clock) {
        this.enrolments = enrolments;
        this.passwords = passwords;
        this.tokens = tokens;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Mono<LoginOutcome> logIn(LoginCommand command) {
        return enrolments.enrolledCustomerWithPhone(command.phone())
                .flatMap(enrolments::lockCredential)
                .flatMap(credential -> attempt(credential, command))
                .switchIfEmpty(Mono.defer(() -> matches(command.password(), DECOY_HASH)
                        .thenReturn(new LoginOutcome.WrongCredentials(guard.maxAttempts()))));
    }

    private Mono<LoginOutcome> attempt(EnrolmentRepository.Credential credential, LoginCommand command) {
        Instant now = clock.instant();
        if (guard.isLocked(credential.state(), now)) {
            return Mono.just(new LoginOutcome.Locked(credential.state().lockedUntil()));
        }
        return matches(command.password(), credential.passwordHash()).flatMap(correct -> {
            if (!correct) {
                LoginState next = guard.afterFailure(credential.state(), now);
                LoginOutcome outcome = next.lockedUntil() != null ? new LoginOutcome.Locked(next.lockedUntil())
                        : new LoginOutcome.WrongCredentials(guard.remainingAttempts(next));
                return enrolments.saveLoginState(credential.customerId(), next).thenReturn(outcome);
            }
            return enrolments.saveLoginState(credential.customerId(), LoginState.CLEAR)
                    .then(enrolledIn(credential.customerId(), command.channel()))
                    .flatMap(enrolled -> enrolled ? signIn(credential.customerId(), command, now)
                            : Mono.just(new LoginOutcome.NotEnrolled()));
        });
    }

    private Mono<Boolean> enrolledIn(String customerId, EbankChannel channel) {
        return enrolments.enrolments(customerId)
                .any(e -> e.channel().tokenChannel().equals(channel.tokenChannel())
                        && (channel != EbankChannel.MOBILE || e.channel() == EbankChannel.MOBILE));
    }

    private Mono<LoginOutcome> signIn(String customerId, LoginCommand command, Instant now) {
        Mono<Boolean> newDevice = command.channel().bindsDevice()
                ? enrolments.bindDevice(customerId, command.deviceId(), now) : Mono.just(false);
        return newDevice.flatMap(isNew -> outbox.append(AccountTopics.CUSTOMER, customerId, AccountTopics.CUSTOMER_LOGGED_IN,
                        new CustomerLoggedIn(customerId, command.channel().tokenChannel(), command.deviceId(), isNew, now))
                .thenReturn(new LoginOutcome.LoggedIn(tokens.issue(customerId, List.of("CUSTOMER"),
                        command.channel().tokenChannel(), command.deviceId()), isNew)));
    }

    private Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> passwords.matches(password, hash)).subscribeOn(Schedulers.boundedElastic());
    }
}
