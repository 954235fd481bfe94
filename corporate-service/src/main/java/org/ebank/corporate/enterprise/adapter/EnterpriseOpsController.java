package org.ebank.corporate.enterprise.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.Map;
import org.ebank.corporate.enterprise.application.EnterpriseRegistration;
import org.ebank.corporate.enterprise.application.EnterpriseRepository;
import org.ebank.corporate.enterprise.application.RegisterEnterprise;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.enterprise.domain.Enterprise;
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

/** Staff register enterprises (对公客户) and read them. */
@RestController
class EnterpriseOpsController {

    private final RegisterEnterprise registerEnterprise;
    private final EnterpriseRepository enterprises;

    EnterpriseOpsController(RegisterEnterprise registerEnterprise, EnterpriseRepository enterprises) {
        this.registerEnterprise = registerEnterprise;
        this.enterprises = enterprises;
    }

    /** One enterprise per unified social credit code: registering it again names the first (409), registers nothing. */
    @Operation(operationId = "registerEnterprise", summary = "Register an enterprise by its unified social credit code")
    @Refusals({"enterprise-exists"})
    @PostMapping("/api/v1/ops/enterprises")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<EnterpriseView> register(@RequestBody NewEnterprise request) {
        CreditCode code = CorporateProblems.field("creditCode", () -> new CreditCode(request.creditCode()),
                new Text("统一社会信用代码应为18位（数字和除 I、O、S、V、Z 外的大写字母），且校验位正确",
                        "A unified social credit code has 18 digits or capital letters (not I, O, S, V, Z) and a matching check character"));
        // the domain checks the rest when the enterprise is made: checked here first, so a bad field is a 400 naming it
        CorporateProblems.field("enterprise", () -> new Enterprise("check", request.name(), code, request.legalRepresentative(),
                        request.contactPhone(), request.region() == null ? code.region() : request.region(), Instant.EPOCH),
                new Text("企业名称1到100字，法定代表人1到50字，联系手机为11位手机号，地区为6位行政区划代码",
                        "Name 1-100 characters, legal representative 1-50, contact phone a mobile number, region a 6-digit division code"));
        return Caller.current().filter(staff -> staff.branch() != null)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN, new Text("您的员工令牌未载明所属网点：企业归属登记它的网点",
                        "Your staff token names no branch: an enterprise belongs to the branch that registers it"))))
                .flatMap(staff -> registerEnterprise.register(request.name(), code, request.legalRepresentative(),
                        request.contactPhone(), request.region(), staff.subject(), staff.branch()))
                .map(outcome -> {
                    if (outcome instanceof EnterpriseRegistration.AlreadyRegistered existing) {
                        throw new ApiException(CorporateProblems.ENTERPRISE_EXISTS,
                                new Text("该统一社会信用代码的企业已登记", "An enterprise with this unified social credit code is registered"),
                                Map.of("enterpriseId", existing.enterpriseId()));
                    }
                    return view(((EnterpriseRegistration.Registered) outcome).enterprise());
                });
    }

    @Operation(operationId = "getEnterprise", summary = "An enterprise")
    @GetMapping("/api/v1/ops/enterprises/{enterpriseId}")
    Mono<EnterpriseView> find(@PathVariable String enterpriseId) {
        return enterprises.findById(enterpriseId).map(EnterpriseOpsController::view)
                .switchIfEmpty(Mono.error(() -> CorporateProblems.unknownEnterprise(enterpriseId)));
    }

    private static EnterpriseView view(Enterprise enterprise) {
        return new EnterpriseView(enterprise.id(), enterprise.name(), enterprise.creditCode().value(),
                enterprise.legalRepresentative(), enterprise.contactPhone(), enterprise.region(), enterprise.registeredAt());
    }

    record NewEnterprise(String name, String creditCode, String legalRepresentative, String contactPhone, String region) {
    }

    record EnterpriseView(String enterpriseId, String name, String creditCode, String legalRepresentative, String contactPhone,
                          String region, Instant registeredAt) {
    }
}
