package org.ebank.platform.secrets;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import org.springframework.core.io.Resource;

/**
 * The reader's half of {@link Sealing}: the private key that opens sealed secrets (configured as a PKCS#8 PEM, or
 * made at start), and the public key it hands out as a JWK for writers to seal with.
 */
public final class SealingKey {

    private final RSAKey key;

    private SealingKey(RSAKey key) {
        this.key = key;
    }

    /** From a PKCS#8 PEM private key; a new key when there is none (secrets sealed before a restart are lost then). */
    public static SealingKey from(Resource privateKeyPem) {
        try {
            if (privateKeyPem == null) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                var pair = generator.generateKeyPair();
                return of((RSAPublicKey) pair.getPublic(), (RSAPrivateCrtKey) pair.getPrivate());
            }
            String base64 = privateKeyPem.getContentAsString(StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            var publicKey = (RSAPublicKey) factory.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(),
                    privateKey.getPublicExponent()));
            return of(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sealing key", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the sealing key is not a PKCS#8 RSA private key", e);
        }
    }

    private static SealingKey of(RSAPublicKey publicKey, RSAPrivateCrtKey privateKey) {
        try {
            return new SealingKey(new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.ENCRYPTION)
                    .algorithm(JWEAlgorithm.RSA_OAEP_256).keyIDFromThumbprint().build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String open(String sealed) {
        try {
            return Sealing.open(key.toRSAPrivateKey(), key.getKeyID(), sealed);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half, as a JWK, for writers. */
    public Map<String, Object> publicJwk() {
        return key.toPublicJWK().toJSONObject();
    }
}
