package org.ebank.corporate.operator.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.corporate.enterprise.application.EnterpriseRepository;
import org.ebank.corporate.operator.domain.AdministratorRequest;
import org.ebank.platform.audit.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 双人复核 for what gives an enterprise's corporate netbank to a person: a staff member asks to enrol the enterprise's
 * administrator, or to start them over; a second staff member of the same branch (one of the two its manager) checks the
 * request against the enterprise's papers and confirms it, and only then is it done ({@link EnrolOperators}) and the
 * activation code sent. A request waits a day at most.
 */
@Service
public class AdministratorRequests {

    static final Duration LIFETIME = Duration.ofHours(24);

    private final AdministratorRequestRepository requests;
    private final EnterpriseRepository enterprises;
    private final OperatorRepository operators;
    private final EnrolOperators enrol;
    private final Audit audit;
    private final Clock clock;

    public AdministratorRequests(AdministratorRequestRepository requests, EnterpriseRepository enterprises, OperatorRepository operators,
                                 EnrolOperators enrol, Audit audit, Clock clock) {
        this.requests = requests;
        this.enterprises = enterprises;
        this.operators = operators;
        this.enrol = enrol;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who asks: their staff code, branch (none: refused) and whether they manage it. */
    public record Staff(String code, String branch, boolean manager) {
    }

    /** A request to enrol the enterprise's administrator, checked now as it will be when confirmed. */
    @Transactional
    public Mono<RequestOutcome> enrolment(String enterpriseId, String loginName, String name, String phone, String referrerCode, Staff staff) {
        return request(enterpriseId, AdministratorRequest.Kind.ENROLMENT, loginName, name, phone, referrerCode, staff,
                enrol.whyNoAdministrator(enterpriseId));
    }

    /** A request to start the enterprise's administrator over (to their phone on record). */
    @Transactional
    public Mono<RequestOutcome> reset(String enterpriseId, Staff staff) {
        Mono<OperatorOutcome> whyNot = enterprises.findById(enterpriseId).hasElement().flatMap(known -> !known
                ? Mono.just(new OperatorOutcome.UnknownEnterprise(enterpriseId))
                : operators.lockAdministrator(enterpriseId)
                        .map(admin -> admin.phone() == null ? Optional.<OperatorOutcome>of(new OperatorOutcome.NoPhone(admin.id())) : Optional.<OperatorOutcome>empty())
                        .defaultIfEmpty(Optional.of(new OperatorOutcome.UnknownOperator("administrator")))
                        .flatMap(Mono::justOrEmpty));
        return request(enterpriseId, AdministratorRequest.Kind.RESET, null, null, null, null, staff, whyNot);
    }

    /** What waits at the staff member's branch for a second pair of eyes. */
    public Flux<AdministratorRequest> pendingAt(String branch) {
        return branch == null ? Flux.empty() : requests.pendingAt(branch, clock.instant());
    }

    /** A second staff member confirms: the request is carried out in this transaction, or refused and closed. */
    @Transactional
    public Mono<RequestOutcome> confirm(String requestId, Staff checker) {
        if (checker.branch() == null) {
            return Mono.just(new RequestOutcome.NoBranch());
        }
        Instant now = clock.instant();
        return requests.lock(requestId).filter(request -> request.open(now)).flatMap(request -> {
            AdministratorRequest.Refusal refusal = request.refusalOf(checker.code(), checker.branch(), checker.manager());
            if (refusal != null) {
                return Mono.just((RequestOutcome) new RequestOutcome.NotYours(refusal));
            }
            Mono<OperatorOutcome> done = request.kind() == AdministratorRequest.Kind.ENROLMENT
                    ? enrol.administrator(request.enterpriseId(), request.loginName(), request.name(), request.phone(),
                            request.referrerCode(), request.requestedBy())
                    : enrol.resetAdministrator(request.enterpriseId(), request.requestedBy());
            return done.flatMap(outcome -> {
                boolean enrolled = outcome instanceof OperatorOutcome.Enrolled;
                return requests.close(request.id(), enrolled ? AdministratorRequest.Status.CONFIRMED : AdministratorRequest.Status.REFUSED,
                                checker.code(), now)
                        .then(audit.record(AuditAction.ADMINISTRATOR_REQUEST, request.id(), Map.of("enterpriseId", request.enterpriseId(),
                                "kind", request.kind().name(), "requestedBy", request.requestedBy(),
                                "outcome", enrolled ? "CONFIRMED" : outcome.getClass().getSimpleName())))
                        .thenReturn(enrolled ? new RequestOutcome.Done((OperatorOutcome.Enrolled) outcome) : new RequestOutcome.Refused(outcome));
            });
        }).defaultIfEmpty(new RequestOutcome.Closed(requestId));
    }

    private Mono<RequestOutcome> request(String enterpriseId, AdministratorRequest.Kind kind, String loginName, String name, String phone,
                                         String referrerCode, Staff staff, Mono<OperatorOutcome> whyNot) {
        if (staff.branch() == null) {
            return Mono.just(new RequestOutcome.NoBranch());
        }
        Instant now = clock.instant();
        AdministratorRequest request = new AdministratorRequest("req_" + UUID.randomUUID().toString().replace("-", ""), enterpriseId,
                kind, loginName, name, phone, referrerCode, staff.code(), staff.manager(), staff.branch(), now, now.plus(LIFETIME),
                AdministratorRequest.Status.PENDING);
        return whyNot.map(outcome -> (RequestOutcome) new RequestOutcome.Refused(outcome))
                .switchIfEmpty(Mono.defer(() -> requests.insert(request).flatMap(inserted -> inserted
                        ? audit.record(AuditAction.ADMINISTRATOR_REQUEST, request.id(), Map.of("enterpriseId", enterpriseId,
                                "kind", kind.name(), "outcome", "REQUESTED")).thenReturn((RequestOutcome) new RequestOutcome.Pending(request))
                        : requests.pending(enterpriseId, kind, now).map(RequestOutcome.AlreadyPending::new))));
    }
}
