package org.ebank.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.platform.problem.Unreachable;
import org.ebank.platform.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

class CheckedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    private final MutableClock clock = new MutableClock(NOW, java.time.ZoneId.of("Asia/Shanghai"));
    private final AtomicInteger checks = new AtomicInteger();
    /** Signs off any token whose text starts with "good", valid for 15 minutes from now. */
    private final ReactiveJwtDecoder checker = token -> {
        checks.incrementAndGet();
        return token.startsWith("good")
                ? Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("cus-1")
                        .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(15))).build())
                : token.startsWith("keys-away") ? Mono.error(new IllegalStateException("Could not obtain the keys",
                        new WebClientRequestException(new java.net.ConnectException("Connection refused"), HttpMethod.GET,
                                URI.create("http://127.0.0.1:8081/.well-known/jwks.json"), new HttpHeaders())))
                : token.startsWith("broken") ? Mono.error(new IllegalStateException("a bug"))
                : Mono.error(new BadJwtException("bad signature"));
    };

    @Test
    void aTokenCheckedOnceIsNotCheckedAgainUntilItExpiresAndThenIsCheckedAfresh() {
        CheckedTokens tokens = new CheckedTokens(checker, () -> clock, 100);
        assertThat(tokens.decode("good-1").block().getSubject()).isEqualTo("cus-1");
        assertThat(tokens.decode("good-1").block().getSubject()).isEqualTo("cus-1");
        assertThat(checks).hasValue(1);

        clock.advance(Duration.ofMinutes(15));
        tokens.decode("good-1").block();
        assertThat(checks).as("expired on the bank's clock: checked again, not taken from memory").hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        CheckedTokens tokens = new CheckedTokens(checker, () -> clock, 100);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(checks).hasValue(3);
    }

    @Test
    void keysThatCannotBeFetchedMakeTheRequestUnreachableForNowNotTheTokenBad() {
        CheckedTokens tokens = new CheckedTokens(checker, () -> clock, 100);
        assertThatThrownBy(() -> tokens.decode("keys-away").block()).isInstanceOf(Unreachable.class)
                .hasMessageContaining("the keys that check tokens");
        assertThat(checks).hasValue(1);
        assertThatThrownBy(() -> tokens.decode("broken").block()).as("any other failure stays what it is: a fault, 500")
                .isNotInstanceOf(Unreachable.class);
    }

    @Test
    void atCapacityEverythingIsForgottenSoMemoryStaysBounded() {
        CheckedTokens tokens = new CheckedTokens(checker, () -> clock, 2);
        tokens.decode("good-a").block();
        tokens.decode("good-b").block();
        tokens.decode("good-c").block();
        tokens.decode("good-c").block();
        tokens.decode("good-a").block();
        assertThat(checks).as("c was remembered after the clear; a was forgotten with it").hasValue(4);
    }
}
