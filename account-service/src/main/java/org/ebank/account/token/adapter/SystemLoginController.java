package org.ebank.account.token.adapter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Staff and channel systems (ATM, COUNTER) sign in with the accounts configured for them. */
@RestController
class SystemLoginController {

    private final TokenProperties properties;
    private final PasswordEncoder passwords;
    private final TokenIssuer issuer;

    SystemLoginController(TokenProperties properties, PasswordEncoder passwords, TokenIssuer issuer) {
        this.properties = properties;
        this.passwords = passwords;
        this.issuer = issuer;
    }

    @Operation(operationId = "signInStaff", summary = "Staff and channel systems sign in")
    @PostMapping("/api/v1/auth/staff-login")
    Mono<TokenIssuer.AccessToken> login(@Valid @RequestBody Credentials credentials) {
        // BCrypt is deliberately slow: keep it off the event loop
        return Mono.fromCallable(() -> properties.systemAccounts().stream()
                        .filter(account -> account.username().equals(credentials.username()))
                        .filter(account -> passwords.matches(credentials.password(), account.passwordHash()))
                        .findFirst()
                        .map(account -> issuer.issue(account.username(), List.of(account.role()), null, null))
                        .orElseThrow(() -> new ApiException(CommonProblems.UNAUTHENTICATED,
                                new Text("用户名或密码错误", "Wrong username or password"))))
                .subscribeOn(Schedulers.boundedElastic());
    }

    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }
}
