package org.ebank.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** A service checking tokens by the key set refuses one from the second it expires: 15 minutes, not 16. */
class TokenExpiryTest {

    @Test
    void aTokenExpiredSecondsAgoIsRefusedThoughSpringsDefaultCheckAllowsAMinuteOfLeeway() throws InterruptedException {
        String expiredSecondsAgo = TestJwts.token("cus-1", List.of("CUSTOMER"), "MOBILE", "d", Duration.ofSeconds(1));
        Thread.sleep(2_000); // its second is over (a token's times are whole seconds)
        String live = TestJwts.token("cus-1", List.of("CUSTOMER"), "MOBILE", "d", Duration.ofMinutes(1));
        assertThat(NimbusReactiveJwtDecoder.withJwkSetUri(TestJwts.jwksUri()).build().decode(expiredSecondsAgo).block())
                .as("Spring's default, for comparison").isNotNull();

        ReactiveJwtDecoder checked = decoderOfAService();
        assertThatThrownBy(() -> checked.decode(expiredSecondsAgo).block()).isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
        assertThat(checked.decode(live).block().getSubject()).isEqualTo("cus-1");
    }

    private static ReactiveJwtDecoder decoderOfAService() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("clock", Clock.systemUTC());
        return (ReactiveJwtDecoder) SecurityConfiguration.rememberCheckedTokens(beans.getBeanProvider(Clock.class), 100)
                .postProcessAfterInitialization(NimbusReactiveJwtDecoder.withJwkSetUri(TestJwts.jwksUri()).build(), "jwtDecoder");
    }
}
