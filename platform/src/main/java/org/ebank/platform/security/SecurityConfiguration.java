package org.ebank.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.util.function.SingletonSupplier;
import reactor.core.publisher.Mono;

/** Every service is an OAuth2 resource server for the tokens account-service issues (JWKS). */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain ebankSecurity(ServerHttpSecurity http, SecurityProperties properties, ProblemWriter problems,
                                         ObjectProvider<TokenSessions> sessions) {
        TokenSessions current = sessions.getIfAvailable(() -> token -> Mono.just(true));
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            // RFC 6750: say how to authenticate, and why a token was not good enough
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    exchange.getRequest().getHeaders().containsKey(HttpHeaders.AUTHORIZATION) ? "Bearer error=\"invalid_token\"" : "Bearer");
            return problems.write(exchange, CommonProblems.UNAUTHENTICATED, CommonProblems.UNAUTHENTICATED.title(), java.util.Map.of());
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> problems.write(exchange,
                CommonProblems.FORBIDDEN, CommonProblems.FORBIDDEN.title(), java.util.Map.of());
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers("/actuator/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                            "/webjars/**").permitAll();
                    for (String entry : properties.publicPaths()) {
                        String[] parts = entry.trim().split("\\s+", 2);
                        if (parts.length == 2) {
                            exchanges.pathMatchers(HttpMethod.valueOf(parts[0]), parts[1]).permitAll();
                        } else {
                            exchanges.pathMatchers(parts[0]).permitAll();
                        }
                    }
                    exchanges.pathMatchers("/api/v1/ops/**").hasRole(Caller.STAFF)
                            .pathMatchers("/api/v1/channel/**").hasRole(Caller.CHANNEL_SYSTEM)
                            .pathMatchers("/api/v1/partner/**").hasRole(Caller.PARTNER)
                            .pathMatchers("/internal/**").hasRole(Caller.SERVICE)
                            .anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> authentication(token, current)))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * No observations of Spring Security's own: management.observations.enable.spring.security=false drops what they
     * record, but only this keeps the decorators off every filter and authorization, which cost as much again.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Whatever decoder a service has (Boot's from the JWKS, account-service's own key) remembers the tokens it checked.
     * Boot's (a {@link NimbusReactiveJwtDecoder}: every service's but account-service's, which checks by its own key and
     * clock) refuses a token from the second it expires: Spring's default check allows 60 s of leeway for clocks that
     * differ, and a session of 15 minutes would last 16.
     */
    @Bean
    static BeanPostProcessor rememberCheckedTokens(ObjectProvider<Clock> clock,
                                                   @Value("${ebank.security.checked-tokens:2048}") int capacity) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof NimbusReactiveJwtDecoder boots) {
                    boots.setJwtValidator(new JwtTimestampValidator(Duration.ZERO));
                }
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof CheckedTokens)
                        ? new CheckedTokens(decoder, SingletonSupplier.of(clock::getObject), capacity) : bean;
            }
        };
    }

    private static Mono<AbstractAuthenticationToken> authentication(Jwt jwt, TokenSessions sessions) {
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        Mono<AbstractAuthenticationToken> authenticated = Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
        return sessions.isCurrent(jwt).defaultIfEmpty(false).flatMap(current -> current ? authenticated
                : Mono.error(new InvalidBearerTokenException("The session this token belongs to has ended")));
    }

}
