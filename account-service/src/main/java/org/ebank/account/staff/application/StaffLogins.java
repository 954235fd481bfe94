package org.ebank.account.staff.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ebank.account.staff.domain.StaffLogin;
import org.ebank.account.staff.domain.StaffMember;
import org.ebank.account.token.application.StaffAccounts;
import org.ebank.contracts.account.StaffRole;
import org.ebank.platform.security.Caller;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Staff sign in with the password they chose with their activation code. Five wrong passwords or activation codes in a
 * row lock the login for half an hour (counted under its row lock, so a burst of guesses at once counts each); a login
 * without a password yet counts nothing, so nobody can lock out a colleague who has not activated. Every refusal of a
 * sign-in is one answer, after one BCrypt check, whether the staff member exists or not. A staff token carries the
 * member's branch.
 */
@Service
public class StaffLogins implements StaffAccounts {

    /** Checked when there is no password to check, so a refusal takes as long either way. */
    private static final String DECOY_HASH = "$2a$10$zsJgRgRePLx772HR6jvW2O1/e4AKMNvcoI4NaSnG2s2G6Q76A0Lqm";

    private final StaffRepository staff;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public StaffLogins(StaffRepository staff, PasswordEncoder passwords, Clock clock) {
        this.staff = staff;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Mono<SignIn> signIn(String username, String password) {
        Instant now = clock.instant();
        return staff.lockLogin(username).flatMap(login -> {
            if (login.lockedAt(now)) {
                return Mono.just((SignIn) new SignIn.Locked(login.lockedUntil()));
            }
            if (login.left() || login.passwordHash() == null) {
                return matches(password, DECOY_HASH).thenReturn((SignIn) new SignIn.Wrong());
            }
            return matches(password, login.passwordHash()).flatMap(right -> right
                    ? staff.clearFailures(login.member().code()).thenReturn((SignIn) known(login.member()))
                    : failure(login, now));
        }).switchIfEmpty(Mono.defer(() -> matches(password, DECOY_HASH).thenReturn(new SignIn.Wrong())));
    }

    /** The password chosen with the activation code, which is spent by it. */
    @Transactional
    public Mono<Activation> activate(String staffCode, String activationCode, String password) {
        Instant now = clock.instant();
        return staff.lockLogin(staffCode).flatMap(login -> {
            if (login.lockedAt(now)) {
                return Mono.just(Activation.LOCKED);
            }
            if (!login.awaitsActivation(now)) {
                return Mono.just(Activation.NO_CODE);
            }
            return matches(activationCode, login.activationHash()).flatMap(right -> !right
                    ? failure(login, now).map(outcome -> outcome instanceof SignIn.Locked ? Activation.LOCKED : Activation.WRONG_CODE)
                    : Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic())
                            .flatMap(hash -> staff.choosePassword(login.member().code(), hash)).thenReturn(Activation.DONE));
        }).defaultIfEmpty(Activation.NO_CODE);
    }

    /** What came of an activation. */
    public enum Activation { DONE, WRONG_CODE, NO_CODE, LOCKED }

    private Mono<SignIn> failure(StaffLogin login, Instant now) {
        Instant lockedUntil = login.lockAfterWrongTry(now);
        return staff.countFailure(login.member().code(), lockedUntil)
                .thenReturn(lockedUntil != null ? new SignIn.Locked(lockedUntil) : new SignIn.Wrong());
    }

    /** BCrypt is deliberately slow: kept off the event loop. */
    private Mono<Boolean> matches(String secret, String hash) {
        return Mono.fromCallable(() -> passwords.matches(secret, hash)).subscribeOn(Schedulers.boundedElastic());
    }

    private static SignIn known(StaffMember member) {
        List<String> roles = new ArrayList<>(List.of(Caller.STAFF));
        if (member.role() == StaffRole.BRANCH_MANAGER) {
            roles.add(Caller.BRANCH_MANAGER);
        }
        if (member.role() == StaffRole.ADMIN) {
            roles.add(Caller.STAFF_ADMIN);
        }
        return new SignIn.Known(member.code(), List.copyOf(roles), Map.of("branch", member.branchCode()));
    }
}
