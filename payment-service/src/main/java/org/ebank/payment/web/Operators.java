package org.ebank.payment.web;

import org.ebank.contracts.token.TokenApi;
import org.ebank.contracts.value.Channel;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import reactor.core.publisher.Mono;

/**
 * A corporate netbank operator, from the token account-service issued them: they act for the enterprise it names, and
 * for nothing else. Binding a vehicle lets the toll operator's passages be taken from the enterprise's account, so it is
 * the administrator's to do.
 */
public record Operators(String operatorId, String enterpriseId, String role) {

    public static final String ADMIN = "ADMIN";

    public static Mono<Operators> current() {
        return Caller.token().filter(jwt -> jwt.getClaimAsStringList("roles") != null
                        && jwt.getClaimAsStringList("roles").contains(TokenApi.OPERATOR_ROLE)
                        && Channel.CORPORATE_NETBANK.name().equals(jwt.getClaimAsString("channel"))
                        && jwt.getClaimAsString(TokenApi.ENTERPRISE_CLAIM) != null)
                .map(jwt -> new Operators(jwt.getSubject(), jwt.getClaimAsString(TokenApi.ENTERPRISE_CLAIM),
                        jwt.getClaimAsString(TokenApi.OPERATOR_ROLE_CLAIM)))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("请以企业网银操作员身份登录", "Sign in to corporate netbank as an operator"))));
    }

    public static Mono<Operators> administrator() {
        return current().filter(operator -> ADMIN.equals(operator.role()))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("该操作需要管理员权限", "This needs the ADMIN role"))));
    }
}
