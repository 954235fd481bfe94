package org.ebank.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** Keys of the local run, made once and kept with its data, readable by their owner only. */
final class LocalKeys {

    private LocalKeys() {
    }

    /** The key of the keyed hash that stands for card numbers on events (account-service and transfer-service share it). */
    static Path cardLookupKey(Path directory) {
        return randomKey(directory, "card-lookup-key");
    }

    /** corporate-service's key that seals the operators' dynamic-token secrets. */
    static Path corporateSecretKey(Path directory) {
        return randomKey(directory, "corporate-secret-key");
    }

    private static synchronized Path randomKey(Path directory, String name) {
        Path file = directory.resolve(name);
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            write(directory, file, Base64.getEncoder().encodeToString(key));
        }
        return file;
    }

    private static void write(Path directory, Path file, String content) {
        try {
            Files.createDirectories(directory);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local key " + file, e);
        }
    }

    /** notification-service's RSA key for sealed SMS codes, a PKCS#8 PEM file. */
    static Path sealingKey(Path directory) {
        return rsaKey(directory, "sealing-key.pem");
    }

    /**
     * account-service's RSA key for signing access tokens, a PKCS#8 PEM file: kept, so that a restarted account-service
     * (or a second one) accepts the tokens customers already hold.
     */
    static Path tokenSigningKey(Path directory) {
        return rsaKey(directory, "token-signing-key.pem");
    }

    private static synchronized Path rsaKey(Path directory, String name) {
        Path file = directory.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            write(directory, file, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                            generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
