package org.ebank.account.staff.adapter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ebank.account.enrolment.domain.PasswordPolicy;
import org.ebank.account.staff.application.StaffLogins;
import org.ebank.account.web.AccountProblems;
import org.ebank.account.web.Fields;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A staff member chooses their password with the activation code sent to their phone, then signs in with it. */
@RestController
class StaffActivationController {

    private final StaffLogins logins;

    StaffActivationController(StaffLogins logins) {
        this.logins = logins;
    }

    @Operation(operationId = "activateStaffLogin", summary = "Choose a staff password with the activation code sent by SMS")
    @Refusals({"code-wrong", "code-closed", "login-locked"})
    @PostMapping("/api/v1/auth/staff-activation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> activate(@Valid @RequestBody Activation request) {
        Fields.parse("password", () -> PasswordPolicy.accepts(request.password()) ? request.password() : Fields.refuse(),
                new Text("密码为8至32位，须含字母和数字", "A password has 8 to 32 characters with letters and digits"));
        return logins.activate(request.username(), request.activationCode(), request.password()).flatMap(outcome -> switch (outcome) {
            case DONE -> Mono.empty();
            case WRONG_CODE -> Mono.error(new ApiException(AccountProblems.CODE_WRONG, new Text("激活码不正确", "Wrong activation code")));
            case LOCKED -> Mono.error(new ApiException(AccountProblems.LOGIN_LOCKED, new Text("连续输错，登录已锁定，请联系系统管理员重置",
                    "Too many wrong tries: the login is locked until an administrator starts it over")));
            case NO_CODE -> Mono.error(new ApiException(AccountProblems.CODE_CLOSED, new Text("没有有效的激活码，请联系系统管理员重新发送",
                    "No activation code is waiting: ask an administrator to send a new one")));
        });
    }

    record Activation(@NotBlank @Size(max = 32) String username, @NotBlank @Size(max = 14) String activationCode,
                      @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {
    }
}
