package org.ebank.corporate.operator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 seed, and the last six digits of its eight-digit codes. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreRfc6238s() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void aCodeIsGoodForItsStepAndOneEitherSideAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now, -1)).hasValue(step);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, -1)).hasValue(step - 1);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, -1)).hasValue(step + 1);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, -1)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, -1)).isEmpty();

        // spent: the same code again, or an older one, is refused and known for a replay
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(Totp.isReplay(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isTrue();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step)).isEmpty();
        // the next one is still good
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
        assertThat(Totp.isReplay(RFC_SECRET, "000000".equals(Totp.code(RFC_SECRET, step)) ? "111111" : "000000", now, step)).isFalse();
        assertThat(Totp.verify(RFC_SECRET, "12345", now, -1)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, null, now, -1)).isEmpty();
    }

    @Test
    void theSecretIsShownAsAnOtpauthUriInBase32AndNeverPrinted() {
        TokenSecret secret = new TokenSecret(RFC_SECRET);
        assertThat(secret.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(secret.otpauthUri("ebank企业网银", "91350100M000100Y43/admin"))
                .startsWith("otpauth://totp/ebank%E4%BC%81%E4%B8%9A%E7%BD%91%E9%93%B6%3A91350100M000100Y43%2Fadmin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
                .endsWith("&algorithm=SHA1&digits=6&period=30");
        assertThat(secret.toString()).doesNotContain("GEZ").doesNotContain("1234");
    }
}
