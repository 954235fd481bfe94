package org.ebank.account.token.adapter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.ebank.account.token.application.StaffAccounts;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.account.web.AccountProblems;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Staff sign in with the password they chose; channel systems (ATM, COUNTER) and services with the accounts configured
 * for them.
 */
@RestController
class SystemLoginController {

    private final TokenProperties properties;
    private final PasswordEncoder passwords;
    private final TokenIssuer issuer;
    private final StaffAccounts staff;

    SystemLoginController(TokenProperties properties, PasswordEncoder passwords, TokenIssuer issuer, StaffAccounts staff) {
        this.properties = properties;
        this.staff = staff;
        this.passwords = passwords;
        this.issuer = issuer;
    }

    @Operation(operationId = "signInStaff", summary = "Staff and channel systems sign in")
    @PostMapping("/api/v1/auth/staff-login")
    @Refusals({"unauthenticated", "login-locked"})
    Mono<TokenIssuer.AccessToken> login(@Valid @RequestBody Credentials credentials) {
        boolean system = properties.systemAccounts().stream().anyMatch(account -> account.username().equals(credentials.username()));
        if (system) {
            return system(credentials);
        }
        return staff.signIn(credentials.username(), credentials.password()).flatMap(signIn -> {
            if (signIn instanceof StaffAccounts.SignIn.Known known) {
                return Mono.just(issuer.issue(known.subject(), known.roles(), null, null, known.claims()));
            }
            if (signIn instanceof StaffAccounts.SignIn.Locked locked) {
                return Mono.error(new ApiException(AccountProblems.LOGIN_LOCKED, new Text("连续输错，登录已暂时锁定，请稍后再试",
                        "Too many wrong tries in a row: sign-in is locked for now"), Map.of("lockedUntil", locked.until().toString())));
            }
            return Mono.error(wrongCredentials());
        });
    }

    /** A channel system or a service. BCrypt is deliberately slow: kept off the event loop. */
    private Mono<TokenIssuer.AccessToken> system(Credentials credentials) {
        return Mono.fromCallable(() -> properties.systemAccounts().stream()
                        .filter(account -> account.username().equals(credentials.username()))
                        .filter(account -> passwords.matches(credentials.password(), account.passwordHash()))
                        .findFirst()
                        .map(account -> issuer.issue(account.username(), List.of(account.role()), null, null))
                        .orElseThrow(SystemLoginController::wrongCredentials))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static ApiException wrongCredentials() {
        return new ApiException(CommonProblems.UNAUTHENTICATED, new Text("用户名或密码错误", "Wrong username or password"));
    }

    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }
}
