package org.ebank.corporate.operator.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
 * activation code sent. A request waits a day at most, and is made at the enterprise's own branch (for one registered
 * before enterprises had a branch, at any); the one who asked, or the branch's manager, may withdraw it.
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

    /**
     * Who asks or confirms: their staff code, branch (none: refused), whether they manage it, and whether they keep the
     * staff directory (who could make themselves a colleague to confirm with: refused).
     */
    public record Staff(String code, String branch, boolean manager, boolean directoryKeeper) {
    }

    /** A request to enrol the enterprise's administrator, checked now as it will be when confirmed. */
    @Transactional
    public Mono<RequestOutcome> enrolment(String enterpriseId, String loginName, String name, String phone, String referrerCode, Staff staff) {
        return otherBranch(enterpriseId, AdministratorRequest.Kind.ENROLMENT, staff).switchIfEmpty(Mono.defer(() ->
                request(enterpriseId, AdministratorRequest.Kind.ENROLMENT, loginName, name, phone, referrerCode, staff,
                        enrol.whyNoAdministrator(enterpriseId))));
    }

    /** A request to start the enterprise's administrator over (to their phone on record). */
    @Transactional
    public Mono<RequestOutcome> reset(String enterpriseId, Staff staff) {
        return otherBranch(enterpriseId, AdministratorRequest.Kind.RESET, staff).switchIfEmpty(Mono.defer(() -> resetRequest(enterpriseId, staff)));
    }

    /**
     * An enterprise is asked about at its own branch, before anything of it is looked at (one registered before
     * enterprises had a branch, at any); a try from another branch is on record.
     */
    private Mono<RequestOutcome> otherBranch(String enterpriseId, AdministratorRequest.Kind kind, Staff staff) {
        if (staff.branch() == null) {
            return Mono.empty();   // refused as such by the request itself
        }
        return enterprises.branchOf(enterpriseId).filter(home -> !home.equals(staff.branch()))
                .flatMap(home -> audit.record(AuditAction.ADMINISTRATOR_REQUEST, enterpriseId, Map.of("enterpriseId", enterpriseId,
                                "kind", kind.name(), "requestedBy", staff.code(), "outcome", "REFUSED_ENTERPRISE_OF_ANOTHER_BRANCH"))
                        .thenReturn(new RequestOutcome.NotYours(AdministratorRequest.Refusal.ENTERPRISE_OF_ANOTHER_BRANCH)));
    }

    private Mono<RequestOutcome> resetRequest(String enterpriseId, Staff staff) {
        return enterprises.findById(enterpriseId).hasElement().flatMap(known -> !known
                ? Mono.just((RequestOutcome) new RequestOutcome.Refused(new OperatorOutcome.UnknownEnterprise(enterpriseId)))
                : operators.lockAdministrator(enterpriseId)
                        // the administrator on record, for the confirmer to check: the code will go to this phone
                        .flatMap(admin -> admin.phone() == null
                                ? Mono.just((RequestOutcome) new RequestOutcome.Refused(new OperatorOutcome.NoPhone(admin.id())))
                                : request(enterpriseId, AdministratorRequest.Kind.RESET, admin.loginName(), admin.name(), admin.phone(),
                                        null, staff, Mono.empty()))
                        .defaultIfEmpty(new RequestOutcome.Refused(new OperatorOutcome.UnknownOperator("administrator"))));
    }

    private static String masked(String phone) {
        return phone == null || phone.length() != 11 ? "-" : phone.substring(0, 3) + "****" + phone.substring(7);
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
        if (checker.directoryKeeper()) {
            return Mono.just(new RequestOutcome.NotYours(AdministratorRequest.Refusal.DIRECTORY_KEEPER));
        }
        Instant now = clock.instant();
        return requests.lock(requestId).filter(request -> request.open(now)).flatMap(request -> {
            AdministratorRequest.Refusal refusal = request.refusalOf(checker.code(), checker.branch(), checker.manager());
            if (refusal != null) {
                // kept: someone confirming their own request, or another branch's, is what the trail is for
                return audit.record(AuditAction.ADMINISTRATOR_REQUEST, request.id(), Map.of("enterpriseId", request.enterpriseId(),
                                "kind", request.kind().name(), "requestedBy", request.requestedBy(), "outcome", "REFUSED_" + refusal.name()))
                        .thenReturn((RequestOutcome) new RequestOutcome.NotYours(refusal));
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

    /**
     * The one who asked, or the manager of the request's branch or of the enterprise's, withdraws a request that waits: a
     * mistake need not wait a day, nor another branch's request block the enterprise's own. A refusal is on record.
     */
    @Transactional
    public Mono<RequestOutcome> withdraw(String requestId, Staff staff) {
        Instant now = clock.instant();
        return requests.lock(requestId).filter(request -> request.open(now)).flatMap(request -> enterprises.branchOf(request.enterpriseId())
                .map(home -> staff.manager() && home.equals(staff.branch())).defaultIfEmpty(false).flatMap(enterprisesManager -> {
            AdministratorRequest.Refusal refusal = enterprisesManager ? null
                    : request.withdrawalRefusalOf(staff.code(), staff.branch(), staff.manager());
            if (refusal != null) {
                return audit.record(AuditAction.ADMINISTRATOR_REQUEST, request.id(), Map.of("enterpriseId", request.enterpriseId(),
                                "kind", request.kind().name(), "requestedBy", request.requestedBy(), "outcome", "REFUSED_WITHDRAWAL_" + refusal.name()))
                        .thenReturn((RequestOutcome) new RequestOutcome.NotYours(refusal));
            }
            return requests.close(request.id(), AdministratorRequest.Status.WITHDRAWN, staff.code(), now)
                    .then(audit.record(AuditAction.ADMINISTRATOR_REQUEST, request.id(), Map.of("enterpriseId", request.enterpriseId(),
                            "kind", request.kind().name(), "requestedBy", request.requestedBy(), "outcome", "WITHDRAWN")))
                    .thenReturn((RequestOutcome) new RequestOutcome.Withdrawn(request.withdrawn()));
        })).defaultIfEmpty(new RequestOutcome.Closed(requestId));
    }

    private Mono<RequestOutcome> request(String enterpriseId, AdministratorRequest.Kind kind, String loginName, String name, String phone,
                                         String referrerCode, Staff staff, Mono<OperatorOutcome> whyNot) {
        if (staff.branch() == null) {
            return Mono.just(new RequestOutcome.NoBranch());
        }
        if (staff.directoryKeeper()) {
            return Mono.just(new RequestOutcome.NotYours(AdministratorRequest.Refusal.DIRECTORY_KEEPER));
        }
        Instant now = clock.instant();
        AdministratorRequest request = new AdministratorRequest("req_" + UUID.randomUUID().toString().replace("-", ""), enterpriseId,
                kind, loginName, name, phone, referrerCode, staff.code(), staff.manager(), staff.branch(), now, now.plus(LIFETIME),
                AdministratorRequest.Status.PENDING);
        return whyNot.map(outcome -> (RequestOutcome) new RequestOutcome.Refused(outcome))
                .switchIfEmpty(Mono.defer(() -> requests.insert(request).flatMap(inserted -> inserted
                        ? audit.record(AuditAction.ADMINISTRATOR_REQUEST, request.id(), Map.of("enterpriseId", enterpriseId,
                                "kind", kind.name(), "outcome", "REQUESTED", "branch", staff.branch(),
                                "phone", masked(request.phone()))).thenReturn((RequestOutcome) new RequestOutcome.Pending(request))
                        // the one waiting may have been confirmed meanwhile: said as waiting, without its id, to try again
                        : requests.pending(enterpriseId, kind, now).map(RequestOutcome.AlreadyPending::new)
                                .defaultIfEmpty(new RequestOutcome.AlreadyPending(null)))));
    }
}
