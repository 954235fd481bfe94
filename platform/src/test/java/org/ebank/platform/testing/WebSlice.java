package org.ebank.platform.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ebank.platform.PlatformAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * A controller's web layer alone, as a service serves it: platform's security, problem+json and JSON rules, and tokens
 * from {@link TestJwts} checked through their JWKS over HTTP. The use cases behind the controller are mocked by the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebFluxTest
@ImportAutoConfiguration({PlatformAutoConfiguration.class, PropertyPlaceholderAutoConfiguration.class})
@Import(WebSlice.Tokens.class)
public @interface WebSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebFluxTest.class, attribute = "controllers")
    Class<?>[] value();

    @TestConfiguration(proxyBeanMethods = false)
    class Tokens {

        /** As a service's own decoder would: the signing keys read from a JWKS over HTTP. */
        @Bean
        ReactiveJwtDecoder testJwtDecoder() {
            return NimbusReactiveJwtDecoder.withJwkSetUri(TestJwts.jwksUri()).build();
        }
    }
}
