package org.ebank.account.enrolment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ebank.account.enrolment.domain.Challenge;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.ebank.account.enrolment.domain.LoginGuard;
import org.ebank.account.enrolment.domain.LoginGuard.LoginState;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.platform.outbox.Outbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A customer signs in to mobile banking or netbank: the password, and for mobile banking a bound device (a device
 * never bound is challenged with a code sent to the phone on record first). Attempts on one login are serialised on
 * its credential row, so parallel guesses count one by one and the lock holds; the count commits even when the answer
 * is no.
 */
@Service
public class LogIn {

    /** Checked against when the phone is unknown, so an unknown phone takes as long as a wrong password. */
    private static final String DECOY_HASH = "$2a$10$zsJgRgRePLx772HR6jvW2O1/e4AKMNvcoI4NaSnG2s2G6Q76A0Lqm";

    private final EnrolmentRepository enrolments;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final LoginGuard guard;
    private final SmsChallenges challenges;
    private final Outbox outbox;
    private final Clock clock;

    public LogIn(EnrolmentRepository enrolments, PasswordEncoder passwords, TokenIssuer tokens, LoginGuard guard,
                 SmsChallenges challenges, Outbox outbox, Clock clock) {
        this.enrolments = enrolments;
        this.passwords = passwords;
        this.tokens = tokens;
        this.guard = guard;
        this.challenges = challenges;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Mono<LoginOutcome> logIn(LoginCommand command) {
        return enrolments.enrolledCustomerWithPhone(command.phone())
                .flatMap(enrolments::lockCredential)
                .flatMap(credential -> attempt(credential, command))
                .switchIfEmpty(Mono.defer(() -> matches(command.password(), DECOY_HASH)
                        .thenReturn(new LoginOutcome.WrongCredentials())));
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
                        : new LoginOutcome.WrongCredentials();
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

    /** Mobile banking signs in from a bound device only: a new one is challenged, and bound once the code comes back. */
    private Mono<LoginOutcome> signIn(String customerId, LoginCommand command, Instant now) {
        if (!command.channel().bindsDevice()) {
            return loggedIn(customerId, command.channel(), command.deviceId(), false, now);
        }
        return enrolments.isDeviceBound(customerId, command.deviceId()).flatMap(bound -> bound
                ? loggedIn(customerId, command.channel(), command.deviceId(), false, now)
                : challenges.send(customerId, Challenge.Purpose.NEW_DEVICE, command.channel(), command.deviceId(), null)
                        .map(challenge -> (LoginOutcome) new LoginOutcome.DeviceChallenge(challenge.id(), challenge.expiresAt()))
                        .defaultIfEmpty(new LoginOutcome.TooManyCodes()));
    }

    /** The code sent to a new device's owner: right, and the device is bound and signed in. */
    @Transactional
    public Mono<LoginOutcome> answerDeviceChallenge(String challengeId, String code) {
        return challenges.answer(challengeId, Challenge.Purpose.NEW_DEVICE, code).flatMap(answer -> {
            if (answer instanceof SmsChallenges.Answer.Right right) {
                Challenge challenge = right.challenge();
                Instant now = clock.instant();
                return challenges.close(challenge)
                        .then(enrolments.bindDevice(challenge.customerId(), challenge.deviceId(), now))
                        .then(loggedIn(challenge.customerId(), challenge.channel(), challenge.deviceId(), true, now));
            }
            return Mono.just(answer instanceof SmsChallenges.Answer.Wrong wrong ? new LoginOutcome.CodeWrong(wrong.triesLeft())
                    : new LoginOutcome.CodeClosed());
        });
    }

    private Mono<LoginOutcome> loggedIn(String customerId, EbankChannel channel, String deviceId, boolean newDevice, Instant now) {
        return outbox.append(AccountTopics.CUSTOMER, customerId, AccountTopics.CUSTOMER_LOGGED_IN,
                        new CustomerLoggedIn(customerId, channel.tokenChannel(), deviceId, newDevice, now))
                .thenReturn(new LoginOutcome.LoggedIn(tokens.issue(customerId, List.of("CUSTOMER"), channel.tokenChannel().name(), deviceId),
                        newDevice));
    }

    private Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> passwords.matches(password, hash)).subscribeOn(Schedulers.boundedElastic());
    }
}
