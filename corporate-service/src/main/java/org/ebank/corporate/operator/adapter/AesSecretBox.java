package org.ebank.corporate.operator.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ebank.corporate.operator.application.SecretBox;
import org.ebank.corporate.operator.domain.TokenSecret;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Token secrets sealed with AES-256-GCM under {@code ebank.corporate.secret-key} (a {@code file:} location holding it, or
 * the key itself; at least 32 characters, the AES key is their SHA-256): a copy of the database alone opens nothing, and
 * a sealed value changed by one bit, or copied onto another operator (their id is the associated data), fails to open
 * rather than check codes against another secret.
 */
class AesSecretBox implements SecretBox {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private AesSecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    static AesSecretBox fromSetting(String setting) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalStateException("ebank.corporate.secret-key is not set: operators' token secrets could not be sealed");
        }
        String key = setting;
        if (setting.startsWith("file:") || setting.startsWith("classpath:")) {
            try {
                key = new DefaultResourceLoader().getResource(setting).getContentAsString(StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the corporate secret key at " + setting, e);
            }
        }
        if (key.length() < 32) {
            throw new IllegalStateException("ebank.corporate.secret-key is too short: use at least 32 characters");
        }
        try {
            return new AesSecretBox(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String seal(TokenSecret secret, String operatorId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(operatorId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.bytes());
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a token secret", e);
        }
    }

    @Override
    public TokenSecret open(String sealed, String operatorId) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("not a sealed token secret");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            cipher.updateAAD(operatorId.getBytes(StandardCharsets.UTF_8));
            return new TokenSecret(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a token secret does not open under this key", e);
        }
    }
}
