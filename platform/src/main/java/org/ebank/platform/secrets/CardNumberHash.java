package org.ebank.platform.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Finds a card by its number without holding the number: a keyed hash (HMAC-SHA256) that account-service puts on its
 * events and other services compute from the number a customer typed. Without the key ({@code ebank.card-lookup-key},
 * the key itself or a {@code file:} location holding it) the hash cannot be turned back into a number, not even by
 * trying every number of a card range.
 */
public final class CardNumberHash {

    private final SecretKeySpec key;

    private CardNumberHash(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** From the setting: a {@code file:} or {@code classpath:} location holding the key, or the key itself. */
    public static CardNumberHash fromSetting(String setting) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalStateException("ebank.card-lookup-key is not set: cards could not be found by number");
        }
        String key = setting;
        if (setting.startsWith("file:") || setting.startsWith("classpath:")) {
            try {
                key = new DefaultResourceLoader().getResource(setting).getContentAsString(StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the card lookup key at " + setting, e);
            }
        }
        if (key.length() < 16) {
            throw new IllegalStateException("ebank.card-lookup-key is too short: use at least 16 characters");
        }
        return new CardNumberHash(key.getBytes(StandardCharsets.UTF_8));
    }

    public String of(String cardNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(cardNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
