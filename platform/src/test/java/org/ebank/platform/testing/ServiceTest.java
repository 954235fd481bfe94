package org.ebank.platform.testing;

import org.ebank.infra.test.TestInfra;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What a service's integration test registers: real PostgreSQL and Kafka of its own, test tokens and a sealing key. */
public final class ServiceTest {

    private ServiceTest() {
    }

    /** The card lookup key of every service in the tests (account-service started from its jar included). */
    public static final String CARD_LOOKUP_KEY = "test-card-lookup-key-0123456789";

    public static TestInfra.Namespace register(DynamicPropertyRegistry registry, Class<?> testClass) {
        TestJwts.register(registry);
        TestSealing.register(registry);
        registry.add("ebank.card-lookup-key", () -> CARD_LOOKUP_KEY);
        return TestInfra.register(registry, testClass);
    }
}
