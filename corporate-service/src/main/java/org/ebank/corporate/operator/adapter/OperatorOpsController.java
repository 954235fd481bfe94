package org.ebank.corporate.operator.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ebank.corporate.operator.application.AdministratorRequests;
import org.ebank.corporate.operator.application.RequestOutcome;
import org.ebank.corporate.operator.domain.AdministratorRequest;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Staff enrol an enterprise in corporate netbank: its administrator (管理员), who enrols the rest. One staff member asks,
 * a second of the same branch (one of the two its manager) checks the request against the enterprise's papers and
 * confirms it (双人复核); only then is the administrator enrolled, or started over, and the activation code sent by SMS to
 * the administrator's phone. Staff never see a code, and no one at the bank alone can give an enterprise's corporate
 * netbank to a phone of their choosing.
 */
@RestController
class OperatorOpsController {

    private final AdministratorRequests requests;

    OperatorOpsController(AdministratorRequests requests) {
        this.requests = requests;
    }

    @Operation(operationId = "enrolAdministrator", summary = "Ask to enrol an enterprise's corporate netbank administrator (a second staff member confirms)")
    @Refusals({"unknown-enterprise", "operator-exists", "no-settlement-account", "request-pending", "second-staff-required"})
    @PostMapping("/api/v1/ops/enterprises/{enterpriseId}/administrator")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<RequestView> enrolAdministrator(@PathVariable String enterpriseId, @RequestBody NewOperator request) {
        OperatorRequests.check(request.loginName(), request.name(), request.phone());
        String referrer = request.referrerCode() == null || request.referrerCode().isBlank() ? null : CorporateProblems.field(
                "referrerCode", () -> {
                    if (!request.referrerCode().matches("[A-Za-z0-9-]{1,32}")) {
                        throw new IllegalArgumentException("a staff code");
                    }
                    return request.referrerCode();
                }, new Text("推荐人代码为1到32位字母、数字或'-'", "A referrer code has 1 to 32 letters, digits or '-'"));
        return Caller.current().flatMap(staff -> requests.enrolment(enterpriseId, request.loginName(), request.name(), request.phone(),
                referrer, staff(staff))).map(OperatorOpsController::requested);
    }

    @Operation(operationId = "resetAdministrator", summary = "Ask to start the enterprise's administrator over (a second staff member confirms)")
    @Refusals({"unknown-enterprise", "no-phone-on-record", "request-pending", "second-staff-required"})
    @PostMapping("/api/v1/ops/enterprises/{enterpriseId}/administrator/reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<RequestView> resetAdministrator(@PathVariable String enterpriseId) {
        return Caller.current().flatMap(staff -> requests.reset(enterpriseId, staff(staff))).map(OperatorOpsController::requested);
    }

    @Operation(operationId = "listAdministratorRequests", summary = "Requests about administrators waiting at the caller's branch for a second staff member")
    @GetMapping("/api/v1/ops/administrator-requests")
    Mono<List<RequestView>> pending() {
        return Caller.current().flatMapMany(staff -> requests.pendingAt(staff.branch())).map(RequestView::of).collectList();
    }

    /** The second staff member's confirmation: the administrator is enrolled or started over now, the code sent to their phone. */
    @Operation(operationId = "confirmAdministratorRequest", summary = "Confirm a colleague's request about an administrator (双人复核)")
    @Refusals({"second-staff-required", "unknown-enterprise", "operator-exists", "no-settlement-account", "no-phone-on-record"})
    @PostMapping("/api/v1/ops/administrator-requests/{requestId}/confirmation")
    Mono<OperatorViews.EnrolledView> confirm(@PathVariable String requestId) {
        CorporateProblems.id("requestId", requestId);
        return Caller.current().flatMap(staff -> requests.confirm(requestId, staff(staff))).map(outcome -> {
            if (outcome instanceof RequestOutcome.Done done) {
                return OperatorViews.enrolled(done.outcome());
            }
            if (outcome instanceof RequestOutcome.Refused refused) {
                return OperatorViews.enrolled(refused.outcome());   // its refusal, as its problem
            }
            if (outcome instanceof RequestOutcome.NotYours notYours) {
                throw notYours(notYours);
            }
            if (outcome instanceof RequestOutcome.NoBranch) {
                throw noBranch();
            }
            throw new ApiException(CommonProblems.NOT_FOUND, new Text("没有待复核的该申请（不存在、已处理或已过期）",
                    "No such request waits (never made, done already, or out of date)"), Map.of("requestId", requestId));
        });
    }

    @Operation(operationId = "withdrawAdministratorRequest", summary = "Withdraw a request about an administrator (the one who asked, or the branch's manager)")
    @Refusals({"second-staff-required"})
    @PostMapping("/api/v1/ops/administrator-requests/{requestId}/withdrawal")
    Mono<RequestView> withdraw(@PathVariable String requestId) {
        CorporateProblems.id("requestId", requestId);
        return Caller.current().flatMap(staff -> requests.withdraw(requestId, staff(staff))).map(outcome -> {
            if (outcome instanceof RequestOutcome.Withdrawn withdrawn) {
                return RequestView.of(withdrawn.request());
            }
            if (outcome instanceof RequestOutcome.NotYours notYours) {
                throw notYours(notYours);
            }
            throw new ApiException(CommonProblems.NOT_FOUND, new Text("没有待复核的该申请（不存在、已处理或已过期）",
                    "No such request waits (never made, done already, or out of date)"), Map.of("requestId", requestId));
        });
    }

    private static AdministratorRequests.Staff staff(Caller caller) {
        return new AdministratorRequests.Staff(caller.subject(), caller.branch(), caller.has(Caller.BRANCH_MANAGER),
                caller.has(Caller.STAFF_ADMIN));
    }

    private static ApiException notYours(RequestOutcome.NotYours notYours) {
        return new ApiException(CorporateProblems.SECOND_STAFF_REQUIRED, switch (notYours.refusal()) {
            case OWN_REQUEST -> new Text("不能复核本人提交的申请", "You cannot confirm your own request");
            case OTHER_BRANCH -> new Text("只能复核本网点的申请", "Only staff of the request's branch confirm it");
            case NO_MANAGER -> new Text("申请人或复核人须有一人为网点负责人", "The requester or the confirmer must be the branch's manager");
            case DIRECTORY_KEEPER -> new Text("维护员工名录的系统管理员不能提交或复核此类申请",
                    "An administrator of the staff directory neither asks for nor confirms this");
            case ENTERPRISE_OF_ANOTHER_BRANCH -> new Text("该企业属于其他网点，由该网点员工提交申请",
                    "The enterprise is another branch's: its staff ask about its administrator");
            case NOT_REQUESTER -> new Text("只有申请人或网点负责人可以撤回申请", "Only the one who asked, or the branch's manager, withdraws it");
        }, Map.of("reason", notYours.refusal().name()));
    }

    private static RequestView requested(RequestOutcome outcome) {
        if (outcome instanceof RequestOutcome.Pending pending) {
            return RequestView.of(pending.request());
        }
        if (outcome instanceof RequestOutcome.AlreadyPending already) {
            Text text = new Text("该企业已有一项待复核的同类申请，请核对后复核，或待其过期", "A request of this kind for the enterprise waits "
                    + "already: check it and confirm it, or let it expire");
            throw already.request() == null ? new ApiException(CorporateProblems.REQUEST_PENDING, text)
                    : new ApiException(CorporateProblems.REQUEST_PENDING, text, Map.of("requestId", already.request().id(),
                            "requestedBy", already.request().requestedBy(), "branch", already.request().branchCode()));
        }
        if (outcome instanceof RequestOutcome.NotYours notYours) {
            throw notYours(notYours);
        }
        if (outcome instanceof RequestOutcome.NoBranch) {
            throw noBranch();
        }
        OperatorViews.enrolled(((RequestOutcome.Refused) outcome).outcome());   // throws its refusal
        throw new IllegalStateException("a refusal that is none: " + outcome);
    }

    private static ApiException noBranch() {
        return new ApiException(CorporateProblems.SECOND_STAFF_REQUIRED, new Text("您的员工令牌未载明所属网点，无法安排复核",
                "Your staff token names no branch, so no second staff member can confirm"), Map.of("reason", "NO_BRANCH"));
    }

    /**
     * {@code phone}: the administrator's mobile, where their activation code and notices are sent; {@code referrerCode}: the staff member who won the
     * enterprise for corporate netbank (营销人员), for the incentive scheme.
     */
    record NewOperator(String loginName, String name, String phone, String referrerCode) {
    }

    /** A request as the branch's staff see it: the phone in full, to check against the enterprise's papers. */
    record RequestView(String requestId, String enterpriseId, String kind, String loginName, String name, String phone,
                       String referrerCode, String requestedBy, Instant requestedAt, Instant expiresAt, String status) {

        static RequestView of(AdministratorRequest r) {
            return new RequestView(r.id(), r.enterpriseId(), r.kind().name(), r.loginName(), r.name(), r.phone(), r.referrerCode(),
                    r.requestedBy(), r.requestedAt(), r.expiresAt(),
                    r.status() == AdministratorRequest.Status.PENDING ? "AWAITING_CONFIRMATION" : r.status().name());
        }
    }
}
