package org.ebank.corporate.operator.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.OperatorActivated;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.operator.domain.TokenSecret;
import org.ebank.corporate.operator.domain.Totp;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An operator's first steps: the activation code and a password of their own, for which they get their dynamic token's
 * secret (the {@code otpauth://} URI, shown this once, then kept sealed); then the first code from the token, which binds
 * it. Wrong codes count towards the lockout like wrong passwords.
 */
@Service
public class ActivateOperator {

    static final String ISSUER = "ebank企业网银";

    private final Operators operators;
    private final SecretBox secrets;
    private final Passwords passwords;
    private final Outbox outbox;
    private final Totp totp;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ActivateOperator(Operators operators, SecretBox secrets, Passwords passwords, Outbox outbox, Totp totp, Clock clock) {
        this.operators = operators;
        this.secrets = secrets;
        this.passwords = passwords;
        this.outbox = outbox;
        this.totp = totp;
        this.clock = clock;
    }

    @Transactional
    public Mono<OperatorOutcome> activate(CreditCode creditCode, String loginName, String activationCode, String password) {
        Instant now = clock.instant();
        return operators.locked(creditCode, loginName, activationCode, now, operator -> {
            if (!operator.activationOpen(now)) {
                return operators.refuseAfterDecoy(operator, activationCode, now);
            }
            return operators.check(activationCode, operator.activationCodeHash()).flatMap(right -> {
                if (!right) {
                    return operators.refuse(operator, now);
                }
                TokenSecret secret = TokenSecret.random(random);
                return Mono.fromCallable(() -> passwords.hash(password)).subscribeOn(Schedulers.boundedElastic())
                        .map(hash -> operator.withPassword(hash, secrets.seal(secret, operator.id())))
                        .flatMap(pending -> operators.save(pending).thenReturn((OperatorOutcome) new OperatorOutcome.TokenIssued(pending,
                                secret.otpauthUri(ISSUER, creditCode.value() + "/" + loginName, totp))));
            });
        });
    }

    @Transactional
    public Mono<OperatorOutcome> bindToken(CreditCode creditCode, String loginName, String password, String code) {
        Instant now = clock.instant();
        return operators.locked(creditCode, loginName, password, now, operator -> {
            if (operator.status() != Operator.Status.TOKEN_PENDING) {
                return operators.refuseAfterDecoy(operator, password, now);
            }
            return operators.check(password, operator.passwordHash()).flatMap(right -> {
                OptionalLong step = right ? totp.verify(secrets.open(operator.sealedSecret(), operator.id()).bytes(), code, now,
                        operator.lastCodeStep())
                        : OptionalLong.empty();
                if (step.isEmpty()) {
                    return operators.refuse(operator, now);
                }
                Operator active = operator.bound(step.getAsLong());
                return operators.save(active)
                        .then(outbox.append(CorporateTopics.ENTERPRISE, active.enterpriseId(), CorporateTopics.OPERATOR_ACTIVATED,
                                new OperatorActivated(active.enterpriseId(), active.id(), active.role().name(), now)))
                        .thenReturn((OperatorOutcome) new OperatorOutcome.Active(active));
            });
        });
    }
}
