package org.ebank.corporate.operator.adapter;

import io.swagger.v3.oas.annotations.Operation;
import org.ebank.corporate.operator.application.ActivateOperator;
import org.ebank.corporate.operator.application.OperatorOutcome;
import org.ebank.corporate.operator.application.SignInOperator;
import org.ebank.platform.docs.Refusals;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Corporate netbank's doors, open without a token: an operator's activation (activation code and a new password, then
 * the first code of the dynamic token it gives them) and sign-in (password and the token's current code). Every wrong
 * answer is one and the same refusal, counted towards the lockout.
 */
@RestController
class CorporateAuthController {

    private final ActivateOperator activate;
    private final SignInOperator signIn;

    CorporateAuthController(ActivateOperator activate, SignInOperator signIn) {
        this.activate = activate;
        this.signIn = signIn;
    }

    /** The answer's {@code otpauthUri} holds the token's secret: shown this once, for the authenticator app to read. */
    @Operation(operationId = "activateOperator", summary = "Activate an operator: activation code, a new password, and the token's secret")
    @Refusals({"login-failed", "login-locked"})
    @PostMapping("/api/v1/corporate/activation")
    Mono<TokenToBind> activate(@RequestBody Activation request) {
        var code = OperatorRequests.creditCode(request.creditCode());
        String login = OperatorRequests.loginName(request.loginName());
        OperatorRequests.password(request.password());
        return activate.activate(code, login, request.activationCode(), request.password())
                .map(outcome -> OperatorViews.accepted(outcome, OperatorOutcome.TokenIssued.class))
                .map(issued -> new TokenToBind(issued.otpauthUri(), "在动态令牌应用中添加此密钥，然后提交令牌显示的第一个口令完成绑定",
                        "Add this key to your authenticator app, then send its first code to bind it"));
    }

    @Operation(operationId = "bindOperatorToken", summary = "Bind the dynamic token with its first code")
    @Refusals({"login-failed", "login-locked"})
    @PostMapping("/api/v1/corporate/activation/token")
    Mono<Bound> bind(@RequestBody Credentials request) {
        var code = OperatorRequests.creditCode(request.creditCode());
        return activate.bindToken(code, OperatorRequests.loginName(request.loginName()), request.password(), request.code())
                .map(outcome -> OperatorViews.accepted(outcome, OperatorOutcome.Active.class))
                .map(active -> new Bound(active.operator().id(), active.operator().status().name()));
    }

    @Operation(operationId = "signInOperator", summary = "Sign in to corporate netbank: password and the dynamic token's code")
    @Refusals({"login-failed", "login-locked", "code-used"})
    @PostMapping("/api/v1/corporate/auth/login")
    Mono<SignedIn> signIn(@RequestBody Credentials request) {
        var code = OperatorRequests.creditCode(request.creditCode());
        return signIn.signIn(code, OperatorRequests.loginName(request.loginName()), request.password(), request.code())
                .map(outcome -> OperatorViews.accepted(outcome, OperatorOutcome.SignedIn.class))
                .map(signedIn -> new SignedIn(signedIn.token().accessToken(), signedIn.token().expiresIn(),
                        signedIn.operator().id(), signedIn.operator().enterpriseId(), signedIn.operator().role().name()));
    }

    record Activation(String creditCode, String loginName, String activationCode, String password) {

        @Override
        public String toString() {
            return "Activation[" + creditCode + ", " + loginName + ", ****]";
        }
    }

    /** {@code code}: the 6 digits the dynamic token shows now. */
    record Credentials(String creditCode, String loginName, String password, String code) {

        @Override
        public String toString() {
            return "Credentials[" + creditCode + ", " + loginName + ", ****]";
        }
    }

    record TokenToBind(String otpauthUri, String zh, String en) {

        @Override
        public String toString() {
            return "TokenToBind[****]";
        }
    }

    record Bound(String operatorId, String status) {
    }

    record SignedIn(String accessToken, long expiresIn, String operatorId, String enterpriseId, String role) {

        @Override
        public String toString() {
            return "SignedIn[****, " + operatorId + "]";
        }
    }
}
