package org.ebank.account.token.adapter;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.UUID;
import org.springframework.core.io.Resource;

/** The RSA key account-service signs access tokens with; its public half is served as a JWKS. */
public final class TokenKeys {

    private final RSAKey key;

    private TokenKeys(RSAKey key) {
        this.key = key;
    }

    public static TokenKeys from(Resource privateKeyPem) {
        return privateKeyPem == null ? generated() : loaded(privateKeyPem);
    }

    public RSAKey signingKey() {
        return key;
    }

    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public JWKSet publicJwks() {
        return new JWKSet(key.toPublicJWK());
    }

    private static TokenKeys generated() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new TokenKeys(new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TokenKeys loaded(Resource pem) {
        try {
            String base64 = pem.getContentAsString(StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            var publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint().build();
            return new TokenKeys(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token signing key", e);
        } catch (GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("the token signing key is not a PKCS#8 RSA private key", e);
        }
    }
}
