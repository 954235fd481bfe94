package org.ebank.corporate.operator.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.corporate.ActivationCodeIssued;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorReset;
import org.ebank.corporate.account.application.SettlementAccountRepository;
import org.ebank.corporate.enterprise.application.EnterpriseRepository;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.operator.domain.OperatorRole;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.secrets.ActivationCode;
import org.ebank.platform.secrets.Sealer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Enrolment in corporate netbank (企业网银开通): staff enrol an enterprise's one administrator (the enterprise's enrolment,
 * with the code of the staff member who won it, if one did); the administrator enrols its makers and checkers, and
 * starts them over, each time with their dynamic token's code. Each operator gets an activation code by SMS on their own
 * phone (sealed for notification-service on its way, kept here only as a hash): whoever enrolled or reset them never
 * sees it, so no one at the bank can take over a login by starting it over, and no one holding the administrator's
 * session alone can make a maker and a checker of their own. With the code the operator chooses a password and binds a token
 * ({@link ActivateOperator}). A reset ends the operator's sessions (a new generation) and, through each
 * {@link OperatorResetListener}, withdraws the work they left pending, all in one transaction.
 */
@Service
public class EnrolOperators {

    private final EnterpriseRepository enterprises;
    private final SettlementAccountRepository accounts;
    private final OperatorRepository operators;
    private final Passwords passwords;
    private final OperatorCodes codes;
    private final Sealer sealer;
    private final Outbox outbox;
    private final Audit audit;
    private final List<OperatorResetListener> resetListeners;
    private final Clock clock;

    public EnrolOperators(EnterpriseRepository enterprises, SettlementAccountRepository accounts, OperatorRepository operators,
                          Passwords passwords, OperatorCodes codes, Sealer sealer, Outbox outbox, Audit audit,
                          List<OperatorResetListener> resetListeners, Clock clock) {
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.operators = operators;
        this.passwords = passwords;
        this.codes = codes;
        this.sealer = sealer;
        this.outbox = outbox;
        this.audit = audit;
        this.resetListeners = List.copyOf(resetListeners);
        this.clock = clock;
    }

    /**
     * Staff enrol the enterprise's administrator: one per enterprise, and only once it holds a settlement account (企业网银
     * is a service on one), so an enrolment, and its referrer's incentive, stands for a real corporate customer.
     */
    @Transactional
    public Mono<OperatorOutcome> administrator(String enterpriseId, String loginName, String name, String phone, String referrerCode,
                                               String staff) {
        return whyNoAdministrator(enterpriseId)
                .switchIfEmpty(Mono.defer(() -> enrol(enterpriseId, loginName, name, phone, OperatorRole.ADMIN, referrerCode, staff)));
    }

    /** Why the enterprise cannot have an administrator enrolled now (unknown, has one, holds no account); empty if it can. */
    public Mono<OperatorOutcome> whyNoAdministrator(String enterpriseId) {
        return enterprises.findById(enterpriseId).hasElement().flatMap(known -> !known
                ? Mono.just(new OperatorOutcome.UnknownEnterprise(enterpriseId))
                : Mono.zip(operators.hasOne(enterpriseId, OperatorRole.ADMIN), accounts.idsOf(enterpriseId).hasElements())
                        .flatMap(found -> found.getT1() ? Mono.just(new OperatorOutcome.Taken("administrator"))
                                : !found.getT2() ? Mono.just(new OperatorOutcome.NoSettlementAccount(enterpriseId))
                                : Mono.empty()));
    }

    /** The administrator enrols a maker or a checker of their own enterprise, with their token's code. */
    @Transactional
    public Mono<OperatorOutcome> operator(String enterpriseId, String administratorId, String loginName, String name, String phone,
                                          OperatorRole role, String code) {
        if (role == OperatorRole.ADMIN) {
            throw new IllegalArgumentException("staff enrol the administrator");
        }
        // one phone, one person: a maker and a checker on one phone would be one person approving their own payments
        return verified(administratorId, enterpriseId, code, () -> operators.phoneInUse(enterpriseId, phone)
                .flatMap(inUse -> inUse ? Mono.just(new OperatorOutcome.Taken("phone"))
                        : enrol(enterpriseId, loginName, name, phone, role, null, administratorId)));
    }

    /**
     * Staff start the administrator over (在柜面重置): password and token forgotten, a new activation code sent to the
     * administrator's phone on record. Announced (OperatorReset), so the enterprise hears of it by SMS.
     */
    @Transactional
    public Mono<OperatorOutcome> resetAdministrator(String enterpriseId, String staff) {
        return operators.lockAdministrator(enterpriseId).flatMap(admin -> reset(admin, staff))
                .defaultIfEmpty(new OperatorOutcome.UnknownOperator("administrator"));
    }

    /** The administrator starts one of their makers or checkers over, with their token's code. */
    @Transactional
    public Mono<OperatorOutcome> resetOperator(String enterpriseId, String administratorId, String operatorId, String code) {
        return verified(administratorId, enterpriseId, code, () -> operators.lockById(operatorId, enterpriseId)
                .filter(operator -> operator.role() != OperatorRole.ADMIN)
                .flatMap(operator -> reset(operator, administratorId))
                .defaultIfEmpty(new OperatorOutcome.UnknownOperator(operatorId)));
    }

    /** The administrator's token code first (in this transaction: a wrong one counts towards their lockout), then the step. */
    private Mono<OperatorOutcome> verified(String administratorId, String enterpriseId, String code, Supplier<Mono<OperatorOutcome>> step) {
        return codes.verify(administratorId, enterpriseId, code)
                .flatMap(check -> check == OperatorCodes.Check.VERIFIED ? step.get() : Mono.just(new OperatorOutcome.CodeRefused(check)));
    }

    private Mono<OperatorOutcome> reset(Operator operator, String by) {
        if (operator.phone() == null) {
            return Mono.just(new OperatorOutcome.NoPhone(operator.id()));
        }
        String code = ActivationCode.generate();
        return Mono.fromCallable(() -> passwords.hash(code)).subscribeOn(Schedulers.boundedElastic())
                .map(hash -> operator.reset(hash, clock.instant()))
                .flatMap(reset -> operators.update(reset)
                        .then(outbox.append(CorporateTopics.ENTERPRISE, reset.enterpriseId(), CorporateTopics.OPERATOR_RESET,
                                new OperatorReset(reset.enterpriseId(), reset.id(), reset.role().name(), by, clock.instant(),
                                        reset.generation())))
                        .then(send(reset, code, ActivationCodeIssued.Purpose.RESET))
                        .then(audit.record(AuditAction.OPERATOR_RESET, reset.id(), Map.of("enterpriseId", reset.enterpriseId(),
                                "role", reset.role().name(), "by", by)))
                        .then(Flux.fromIterable(resetListeners)
                                .concatMap(listener -> listener.onReset(reset.enterpriseId(), reset.id(), by, clock.instant())).then())
                        .thenReturn((OperatorOutcome) new OperatorOutcome.Enrolled(reset)));
    }

    /** The activation code on its way to the operator's phone, sealed: after the event that names the operator, so they are known where it is read. */
    private Mono<Void> send(Operator operator, String code, ActivationCodeIssued.Purpose purpose) {
        return sealer.seal(code).flatMap(sealed -> outbox.append(CorporateTopics.ENTERPRISE, operator.enterpriseId(),
                CorporateTopics.ACTIVATION_CODE_ISSUED, new ActivationCodeIssued(operator.enterpriseId(), operator.id(),
                        operator.role().name(), sealed, purpose, operator.activationExpiresAt()))).then();
    }

    public Flux<Operator> of(String enterpriseId) {
        return operators.of(enterpriseId);
    }

    private Mono<OperatorOutcome> enrol(String enterpriseId, String loginName, String name, String phone, OperatorRole role,
                                        String referrerCode, String by) {
        String code = ActivationCode.generate();
        return Mono.fromCallable(() -> passwords.hash(code)).subscribeOn(Schedulers.boundedElastic())
                .map(hash -> Operator.enrolled("op_" + UUID.randomUUID().toString().replace("-", ""), enterpriseId, loginName, name,
                        phone, role, hash, clock.instant()))
                .flatMap(operator -> operators.insert(operator).flatMap(inserted -> inserted
                        ? outbox.append(CorporateTopics.ENTERPRISE, enterpriseId, CorporateTopics.OPERATOR_ENROLLED,
                                        new OperatorEnrolled(enterpriseId, operator.id(), role.name(), referrerCode, by,
                                                operator.enrolledAt(), operator.name(), operator.phone()))
                                .then(send(operator, code, ActivationCodeIssued.Purpose.ENROLMENT))
                                .then(audit.record(AuditAction.OPERATOR_ENROLLED, operator.id(), Map.of("enterpriseId", enterpriseId,
                                        "role", role.name(), "loginName", loginName)))
                                .thenReturn((OperatorOutcome) new OperatorOutcome.Enrolled(operator))
                        : Mono.<OperatorOutcome>just(new OperatorOutcome.Taken("loginName"))));
    }
}
