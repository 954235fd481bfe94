package org.ebank.account.token.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.account.web.AccountProblems;
import org.ebank.contracts.token.IssuedToken;
import org.ebank.contracts.token.OperatorTokenRequest;
import org.ebank.contracts.token.TokenApi;
import org.ebank.contracts.value.Channel;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Tokens for corporate netbank operators, issued here so that every service trusts one issuer. corporate-service alone
 * may ask, after it checked the operator's password and dynamic token code: the token's subject is the operator, its
 * channel CORPORATE_NETBANK, its role OPERATOR (never CUSTOMER, so no personal path serves it), and it names the
 * enterprise, the operator's role there and their generation (corporate-service ends older ones when it starts an
 * operator over).
 */
@RestController
class OperatorTokenController {

    private static final String CORPORATE_SERVICE = "corporate-service";
    private static final Set<String> ROLES = Set.of("ADMIN", "MAKER", "CHECKER");
    /** corporate-service's own ids: never a person's ({@code cus_…}), so an operator's token is never read as a customer's. */
    private static final String OPERATOR_ID = "op_[A-Za-z0-9_-]{1,61}";
    private static final String ENTERPRISE_ID = "ent_[A-Za-z0-9_-]{1,60}";

    private final TokenIssuer issuer;

    OperatorTokenController(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Operation(operationId = "issueOperatorToken", summary = "Issue a corporate operator's access token")
    @PostMapping(TokenApi.OPERATOR_TOKENS)
    Mono<IssuedToken> issue(@RequestBody OperatorTokenRequest request) {
        return Caller.current().filter(caller -> CORPORATE_SERVICE.equals(caller.subject()))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("只有企业网银服务可以为操作员签发令牌", "Only corporate-service has tokens issued for operators"))))
                .map(caller -> {
                    if (request.operatorId() == null || !request.operatorId().matches(OPERATOR_ID) || request.enterpriseId() == null
                            || !request.enterpriseId().matches(ENTERPRISE_ID) || !ROLES.contains(request.role())
                            || request.generation() < 0) {
                        throw new ApiException(AccountProblems.INVALID_FIELD, new Text("操作员、企业编号或角色不正确",
                                "The operator, the enterprise or the role is not valid"));
                    }
                    TokenIssuer.AccessToken token = issuer.issue(request.operatorId(), List.of(TokenApi.OPERATOR_ROLE),
                            Channel.CORPORATE_NETBANK.name(), null, Map.of(TokenApi.ENTERPRISE_CLAIM, request.enterpriseId(),
                                    TokenApi.OPERATOR_ROLE_CLAIM, request.role(),
                                    TokenApi.GENERATION_CLAIM, String.valueOf(request.generation())));
                    return new IssuedToken(token.accessToken(), token.expiresIn());
                });
    }
}
