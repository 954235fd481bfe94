package org.ebank.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * Seals a short secret (an SMS code) for the one party that must read it, so that on its way — outbox rows, Kafka
 * topics, logs — only ciphertext rests: RSA-OAEP with SHA-256, under the reader's public key, which only it can
 * undo. A sealed secret reads {@code <key id>.<base64url ciphertext>}, so a reader can tell a key it does not hold.
 */
public final class Sealing {

    private static final String TRANSFORMATION = "RSA/ECB/OAEPPadding";
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);

    private Sealing() {
    }

    public static String seal(RSAPublicKey key, String keyId, String secret) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, OAEP);
            return keyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret", e);
        }
    }

    public static String open(RSAPrivateKey key, String keyId, String sealed) {
        int dot = sealed == null ? -1 : sealed.indexOf('.');
        if (dot < 0 || !sealed.substring(0, dot).equals(keyId)) {
            throw new SealedWithAnotherKeyException("sealed for another key than " + keyId);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, OAEP);
            return new String(cipher.doFinal(Base64.getUrlDecoder().decode(sealed.substring(dot + 1))), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealedWithAnotherKeyException("cannot open the sealed secret: " + e.getClass().getSimpleName());
        }
    }

    /** The secret was sealed for a key this reader does not hold (or is not a sealed secret at all). */
    public static final class SealedWithAnotherKeyException extends RuntimeException {

        SealedWithAnotherKeyException(String message) {
            super(message);
        }
    }
}
