package org.ebank.corporate.operator.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.ebank.corporate.operator.application.EnrolOperators;
import org.ebank.corporate.operator.domain.OperatorRole;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.corporate.web.CurrentOperator;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.Text;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A signed-in operator: who they are; and the administrator's own work, enrolling the enterprise's makers and checkers
 * and starting them over, each with the administrator's token code (who may act for the enterprise is a change a stolen
 * session alone must not make).
 */
@RestController
class OperatorController {

    private final EnrolOperators enrol;

    OperatorController(EnrolOperators enrol) {
        this.enrol = enrol;
    }

    @Operation(operationId = "getOperator", summary = "The signed-in operator: enterprise and role")
    @GetMapping("/api/v1/corporate/me")
    Mono<CurrentOperator> me() {
        return CurrentOperator.get();
    }

    /** The new operator's activation code goes by SMS to the phone given, never in the answer. */
    @Operation(operationId = "enrolOperator", summary = "Enrol a maker or a checker (administrator)")
    @Refusals({"operator-exists", "token-code-wrong", "token-code-used", "login-locked"})
    @PostMapping("/api/v1/corporate/operators")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<OperatorViews.EnrolledView> enrolOperator(@RequestBody NewOperator request) {
        OperatorRequests.check(request.loginName(), request.name(), request.phone());
        OperatorRole role = CorporateProblems.field("role", () -> {
            OperatorRole parsed = request.role() == null ? null : OperatorRole.valueOf(request.role());
            if (parsed == null || parsed == OperatorRole.ADMIN) {
                throw new IllegalArgumentException("MAKER or CHECKER");
            }
            return parsed;
        }, new Text("角色为 MAKER（经办）或 CHECKER（复核）", "The role is MAKER or CHECKER"));
        String code = TokenCodes.given(request.code());
        return CurrentOperator.in(OperatorRole.ADMIN.name())
                .flatMap(admin -> enrol.operator(admin.enterpriseId(), admin.operatorId(), request.loginName(), request.name(),
                        request.phone(), role, code))
                .map(OperatorViews::enrolled);
    }

    @Operation(operationId = "listOperators", summary = "The enterprise's operators (administrator)")
    @GetMapping("/api/v1/corporate/operators")
    Mono<List<OperatorViews.OperatorView>> operators() {
        return CurrentOperator.in(OperatorRole.ADMIN.name())
                .flatMap(admin -> enrol.of(admin.enterpriseId()).map(OperatorViews.OperatorView::of).collectList());
    }

    /** A maker or checker who forgot their password or lost their token: a new activation code by SMS to their phone on record. */
    @Operation(operationId = "resetOperator", summary = "Start a maker or checker over with a new activation code (administrator)")
    @Refusals({"token-code-wrong", "token-code-used", "login-locked", "no-phone-on-record"})
    @PostMapping("/api/v1/corporate/operators/{operatorId}/reset")
    Mono<OperatorViews.EnrolledView> resetOperator(@PathVariable String operatorId, @RequestBody StepUp request) {
        CorporateProblems.id("operatorId", operatorId);
        String code = TokenCodes.given(request.code());
        return CurrentOperator.in(OperatorRole.ADMIN.name())
                .flatMap(admin -> enrol.resetOperator(admin.enterpriseId(), admin.operatorId(), operatorId, code))
                .map(OperatorViews::enrolled);
    }

    /**
     * {@code role}: MAKER or CHECKER; {@code phone}: their mobile, where their activation code is sent, and later approval
     * requests (checkers) and results (makers); {@code code}: the administrator's dynamic token's current code.
     */
    record NewOperator(String loginName, String name, String phone, String role, String code) {

        @Override
        public String toString() {
            return "NewOperator[" + loginName + ", " + role + ", ****]";
        }
    }

    /** {@code code}: the administrator's dynamic token's current code. */
    record StepUp(String code) {

        @Override
        public String toString() {
            return "StepUp[****]";
        }
    }
}
