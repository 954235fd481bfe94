package org.ebank.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ebank.platform.secrets.SealingKey;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A sealing key for the tests of services that seal secrets for notification-service: they seal with its public
 * half (registered as {@code ebank.sealing.public-key}); the tests open what they sealed, as notification would.
 */
public final class TestSealing {

    private static final SealingKey KEY = SealingKey.from(null);

    private TestSealing() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        try {
            String jwk = new ObjectMapper().writeValueAsString(KEY.publicJwk());
            registry.add("ebank.sealing.public-key", () -> jwk);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String open(String sealed) {
        return KEY.open(sealed);
    }
}
