package org.ebank.corporate.operator.application;

import java.time.Instant;
import java.util.function.Function;
import org.ebank.corporate.enterprise.application.EnterpriseRepository;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.operator.domain.Operator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What every step with an operator's credentials shares: find and lock the operator by credit code and login name,
 * answer a locked login with its time, and count a failure. An unknown enterprise or login name is refused exactly as a
 * wrong password is, after as long: a BCrypt check against a decoy hash stands in for the one a real login gets.
 */
@Component
final class Operators {

    private final EnterpriseRepository enterprises;
    private final OperatorRepository operators;
    private final Passwords passwords;
    private final String decoy;

    Operators(EnterpriseRepository enterprises, OperatorRepository operators, Passwords passwords) {
        this.enterprises = enterprises;
        this.operators = operators;
        this.passwords = passwords;
        this.decoy = passwords.hash("decoy-" + java.util.UUID.randomUUID());
    }

    /** {@code secret}: what the caller's step checks first (a password or an activation code), checked against a decoy if no one is found. */
    Mono<OperatorOutcome> locked(CreditCode creditCode, String loginName, String secret, Instant now,
                                 Function<Operator, Mono<OperatorOutcome>> step) {
        return enterprises.findByCreditCode(creditCode)
                .flatMap(enterprise -> operators.lock(enterprise.id(), loginName))
                .flatMap(operator -> operator.isLocked(now)
                        ? Mono.<OperatorOutcome>just(new OperatorOutcome.Locked(operator.lockedUntil())) : step.apply(operator))
                .switchIfEmpty(Mono.defer(() -> check(secret, decoy).thenReturn(new OperatorOutcome.Refused())));
    }

    Mono<Boolean> check(String secret, String hash) {
        if (secret == null || hash == null) {
            return Mono.just(false);
        }
        return Mono.fromCallable(() -> passwords.matches(secret, hash)).subscribeOn(Schedulers.boundedElastic());
    }

    /** One more failure in a row: refused, or locked by this one. */
    Mono<OperatorOutcome> refuse(Operator operator, Instant now) {
        Operator failed = operator.failed(now);
        OperatorOutcome outcome = failed.isLocked(now) ? new OperatorOutcome.Locked(failed.lockedUntil()) : new OperatorOutcome.Refused();
        return operators.update(failed).thenReturn(outcome);
    }

    /** The same, after as long as a password check takes: for a login in the wrong state, which must read as a wrong password. */
    Mono<OperatorOutcome> refuseAfterDecoy(Operator operator, String secret, Instant now) {
        return check(secret, decoy).then(refuse(operator, now));
    }

    Mono<Void> save(Operator operator) {
        return operators.update(operator);
    }
}
