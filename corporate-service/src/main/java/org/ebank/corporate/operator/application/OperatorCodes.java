package org.ebank.corporate.operator.application;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.operator.domain.Totp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A signed-in operator's dynamic token code for a step that moves money or decides who may (a checker's approval, an
 * administrator's change): right, not used before, and the login not locked. Wrong codes count towards the same lockout
 * as sign-in's, so codes cannot be guessed here instead; a right code used already does not (it proves the token). Runs
 * in the caller's transaction, which it leaves the operator's row locked in, or in one of its own: never without one,
 * or parallel requests could share a code or each count a burst of wrong ones as one.
 */
@Service
public class OperatorCodes {

    public enum Check {
        VERIFIED, WRONG, USED, LOCKED
    }

    private final OperatorRepository operators;
    private final SecretBox secrets;
    private final TransactionalOperator tx;
    private final Totp totp;
    private final Clock clock;

    public OperatorCodes(OperatorRepository operators, SecretBox secrets, TransactionalOperator tx, Totp totp, Clock clock) {
        this.operators = operators;
        this.secrets = secrets;
        this.tx = tx;
        this.totp = totp;
        this.clock = clock;
    }

    /**
     * The operator's row locked for the rest of the caller's transaction, before the step locks anything else, and
     * whether they are active. A reset locks the operator first and then withdraws the work they left pending
     * ({@link OperatorResetListener}): a step of theirs that began before the reset committed (its token was good when it
     * arrived) waits here for it and finds them no longer active, so nothing is entered in their name after the reset.
     */
    public Mono<Boolean> lockFirst(String operatorId, String enterpriseId) {
        return operators.lockById(operatorId, enterpriseId).map(operator -> operator.status() == Operator.Status.ACTIVE)
                .defaultIfEmpty(false);
    }

    public Mono<Check> verify(String operatorId, String enterpriseId, String code) {
        Instant now = clock.instant();
        return tx.transactional(operators.lockById(operatorId, enterpriseId).flatMap(operator -> {
            if (operator.isLocked(now)) {
                return Mono.just(Check.LOCKED);
            }
            if (operator.status() != Operator.Status.ACTIVE) {
                return Mono.just(Check.WRONG);
            }
            byte[] secret = secrets.open(operator.sealedSecret(), operator.id()).bytes();
            OptionalLong step = totp.verify(secret, code, now, operator.lastCodeStep());
            if (step.isPresent()) {
                return operators.update(operator.succeeded(step.getAsLong())).thenReturn(Check.VERIFIED);
            }
            if (totp.isReplay(secret, code, now, operator.lastCodeStep())) {
                // a right code, spent already (by sign-in or another approval): wait for the next one; no failure
                return Mono.just(Check.USED);
            }
            Operator failed = operator.failed(now);
            return operators.update(failed).thenReturn(failed.isLocked(now) ? Check.LOCKED : Check.WRONG);
        }).defaultIfEmpty(Check.WRONG));
    }
}
