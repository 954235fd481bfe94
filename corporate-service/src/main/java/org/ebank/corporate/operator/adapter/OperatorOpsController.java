package org.ebank.corporate.operator.adapter;

import io.swagger.v3.oas.annotations.Operation;
import org.ebank.corporate.operator.application.EnrolOperators;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Staff enrol an enterprise in corporate netbank: its administrator (管理员), who enrols the rest. The administrator's
 * activation code goes by SMS to the phone staff record at enrolment, and a reset's to that same phone: staff never see
 * one, so no one at the bank can start an enterprise's administrator over and sign in as them.
 */
@RestController
class OperatorOpsController {

    private final EnrolOperators enrol;

    OperatorOpsController(EnrolOperators enrol) {
        this.enrol = enrol;
    }

    /** The activation code goes by SMS to the administrator's phone, never in the answer. */
    @Operation(operationId = "enrolAdministrator", summary = "Enrol an enterprise's corporate netbank administrator")
    @Refusals({"unknown-enterprise", "operator-exists", "no-settlement-account"})
    @PostMapping("/api/v1/ops/enterprises/{enterpriseId}/administrator")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<OperatorViews.EnrolledView> enrolAdministrator(@PathVariable String enterpriseId, @RequestBody NewOperator request) {
        OperatorRequests.check(request.loginName(), request.name(), request.phone());
        String referrer = request.referrerCode() == null || request.referrerCode().isBlank() ? null : CorporateProblems.field(
                "referrerCode", () -> {
                    if (!request.referrerCode().matches("[A-Za-z0-9-]{1,32}")) {
                        throw new IllegalArgumentException("a staff code");
                    }
                    return request.referrerCode();
                }, new Text("推荐人代码为1到32位字母、数字或'-'", "A referrer code has 1 to 32 letters, digits or '-'"));
        return Caller.current().flatMap(staff -> enrol.administrator(enterpriseId, request.loginName(), request.name(), request.phone(), referrer,
                        staff.subject()))
                .map(OperatorViews::enrolled);
    }

    /** A new activation code for the administrator (a forgotten password, a lost token), by SMS to their phone on record. */
    @Operation(operationId = "resetAdministrator", summary = "Start the enterprise's administrator over with a new activation code")
    @Refusals({"no-phone-on-record"})
    @PostMapping("/api/v1/ops/enterprises/{enterpriseId}/administrator/reset")
    Mono<OperatorViews.EnrolledView> resetAdministrator(@PathVariable String enterpriseId) {
        return Caller.current().flatMap(staff -> enrol.resetAdministrator(enterpriseId, staff.subject())).map(OperatorViews::enrolled);
    }

    /**
     * {@code phone}: the administrator's mobile, where their activation code and notices are sent; {@code referrerCode}: the staff member who won the
     * enterprise for corporate netbank (营销人员), for the incentive scheme.
     */
    record NewOperator(String loginName, String name, String phone, String referrerCode) {
    }
}
