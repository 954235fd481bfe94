package org.ebank.corporate.operator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 seed, and the last six digits of its eight-digit codes. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreRfc6238s() {
        assertThat(Totp.code(RFC_SECRET, Totp.STANDARD.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.STANDARD.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.STANDARD.step(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
        assertThat(Totp.code(RFC_SECRET, Totp.STANDARD.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.STANDARD.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void aCodeIsGoodForItsStepAndOneEitherSideAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.STANDARD.step(now);
        assertThat(Totp.STANDARD.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now, -1)).hasValue(step);
        assertThat(Totp.STANDARD.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, -1)).hasValue(step - 1);
        assertThat(Totp.STANDARD.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, -1)).hasValue(step + 1);
        assertThat(Totp.STANDARD.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, -1)).isEmpty();
        assertThat(Totp.STANDARD.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, -1)).isEmpty();

        // spent: the same code again, or an older one, is refused and known for a replay
        assertThat(Totp.STANDARD.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(Totp.STANDARD.isReplay(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isTrue();
        assertThat(Totp.STANDARD.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step)).isEmpty();
        // the next one is still good
        assertThat(Totp.STANDARD.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
        assertThat(Totp.STANDARD.isReplay(RFC_SECRET, "000000".equals(Totp.code(RFC_SECRET, step)) ? "111111" : "000000", now, step)).isFalse();
        assertThat(Totp.STANDARD.verify(RFC_SECRET, "12345", now, -1)).isEmpty();
        assertThat(Totp.STANDARD.verify(RFC_SECRET, null, now, -1)).isEmpty();
    }

    @Test
    void theSecretIsShownAsAnOtpauthUriInBase32AndNeverPrinted() {
        TokenSecret secret = new TokenSecret(RFC_SECRET);
        assertThat(secret.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(secret.otpauthUri("ebank企业网银", "91350100M000100Y43/admin", Totp.STANDARD))
                .startsWith("otpauth://totp/ebank%E4%BC%81%E4%B8%9A%E7%BD%91%E9%93%B6%3A91350100M000100Y43%2Fadmin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
                .endsWith("&algorithm=SHA1&digits=6&period=30");
        assertThat(secret.toString()).doesNotContain("GEZ").doesNotContain("1234");
    }

    @Test
    void aShorterPeriodCountsItsOwnStepsAndTellsTheAppSoWithinTenToSixtySeconds() {
        Totp tenSeconds = Totp.of(Duration.ofSeconds(10));
        Instant now = Instant.ofEpochSecond(1111111109);
        assertThat(tenSeconds.step(now)).isEqualTo(111111110);
        assertThat(tenSeconds.verify(RFC_SECRET, Totp.code(RFC_SECRET, 111111111), now, -1)).hasValue(111111111);
        assertThat(tenSeconds.verify(RFC_SECRET, Totp.code(RFC_SECRET, Totp.STANDARD.step(now)), now, -1))
                .as("a 30-s step's code is not one of a 10-s token's").isEmpty();
        assertThat(new TokenSecret(RFC_SECRET).otpauthUri("ebank企业网银", "a/b", tenSeconds)).endsWith("&period=10");
        assertThatThrownBy(() -> Totp.of(Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Totp.of(Duration.ofSeconds(90))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Totp.of(Duration.ofMillis(10500))).isInstanceOf(IllegalArgumentException.class);
    }
}
