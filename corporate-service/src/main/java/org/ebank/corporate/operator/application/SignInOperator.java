package org.ebank.corporate.operator.application;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.OperatorSignedIn;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.operator.domain.Totp;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Corporate netbank sign-in: credit code, login name, password and the dynamic token's current code, all of them right,
 * the code not used before. The operator's row is locked while this is decided, so two sign-ins with one code cannot
 * both pass; the decision (the code spent, the count of failures) commits before the token is asked of account-service,
 * the one issuer, so no database lock waits on another service.
 */
@Service
public class SignInOperator {

    private final Operators operators;
    private final SecretBox secrets;
    private final OperatorTokens tokens;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Totp totp;
    private final Clock clock;

    SignInOperator(Operators operators, SecretBox secrets, OperatorTokens tokens, Outbox outbox, TransactionalOperator tx, Totp totp,
                   Clock clock) {
        this.operators = operators;
        this.secrets = secrets;
        this.tokens = tokens;
        this.outbox = outbox;
        this.tx = tx;
        this.totp = totp;
        this.clock = clock;
    }

    public Mono<OperatorOutcome> signIn(CreditCode creditCode, String loginName, String password, String code) {
        return tx.transactional(decide(creditCode, loginName, password, code, clock.instant()))
                .flatMap(outcome -> outcome instanceof OperatorOutcome.Verified verified
                        ? tokens.issue(verified.operator()).map(token -> (OperatorOutcome) new OperatorOutcome.SignedIn(verified.operator(), token))
                        : Mono.just(outcome));
    }

    private Mono<OperatorOutcome> decide(CreditCode creditCode, String loginName, String password, String code, Instant now) {
        return operators.locked(creditCode, loginName, password, now, operator -> {
            if (operator.status() != Operator.Status.ACTIVE) {
                return operators.refuseAfterDecoy(operator, password, now);
            }
            return operators.check(password, operator.passwordHash()).flatMap(right -> {
                if (!right) {
                    return operators.refuse(operator, now);
                }
                byte[] secret = secrets.open(operator.sealedSecret(), operator.id()).bytes();
                OptionalLong step = totp.verify(secret, code, now, operator.lastCodeStep());
                if (step.isEmpty()) {
                    // the right password and a right code used already: wait for the next code (no failure counted)
                    return totp.isReplay(secret, code, now, operator.lastCodeStep()) ? Mono.just((OperatorOutcome) new OperatorOutcome.CodeUsed())
                            : operators.refuse(operator, now);
                }
                Operator signedIn = operator.succeeded(step.getAsLong());
                return operators.save(signedIn)
                        .then(outbox.append(CorporateTopics.ENTERPRISE, signedIn.enterpriseId(), CorporateTopics.OPERATOR_SIGNED_IN,
                                new OperatorSignedIn(signedIn.enterpriseId(), signedIn.id(), signedIn.role().name(), now)))
                        .thenReturn((OperatorOutcome) new OperatorOutcome.Verified(signedIn));
            });
        });
    }
}
