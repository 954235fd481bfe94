package org.ebank.corporate.web;

import org.ebank.contracts.token.TokenApi;
import org.ebank.contracts.value.Channel;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * The corporate operator calling, from their verified token: only a token account-service issued for an operator
 * (role OPERATOR, channel CORPORATE_NETBANK) names an enterprise, and an operator acts for that enterprise alone.
 */
public record CurrentOperator(String operatorId, String enterpriseId, String role) {

    public static Mono<CurrentOperator> get() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() == null ? null : context.getAuthentication().getPrincipal())
                .filter(Jwt.class::isInstance).map(Jwt.class::cast)
                .filter(jwt -> jwt.getClaimAsStringList("roles") != null && jwt.getClaimAsStringList("roles").contains(TokenApi.OPERATOR_ROLE)
                        && Channel.CORPORATE_NETBANK.name().equals(jwt.getClaimAsString("channel"))
                        && jwt.getClaimAsString(TokenApi.ENTERPRISE_CLAIM) != null)
                .map(jwt -> new CurrentOperator(jwt.getSubject(), jwt.getClaimAsString(TokenApi.ENTERPRISE_CLAIM),
                        jwt.getClaimAsString(TokenApi.OPERATOR_ROLE_CLAIM)))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("请以企业网银操作员身份登录", "Sign in to corporate netbank as an operator"))));
    }

    /** The same operator, when they have {@code role}; else 403. */
    public static Mono<CurrentOperator> in(String role) {
        return get().filter(operator -> role.equals(operator.role()))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("该操作需要" + ("ADMIN".equals(role) ? "管理员" : role) + "权限", "This needs the " + role + " role"))));
    }
}
