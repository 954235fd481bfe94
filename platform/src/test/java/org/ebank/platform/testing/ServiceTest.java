package org.ebank.platform.testing;

import org.ebank.infra.test.TestInfra;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What a service's integration test registers: real PostgreSQL and Kafka of its own, and test tokens. */
public final class ServiceTest {

    private ServiceTest() {
    }

    public static TestInfra.Namespace register(DynamicPropertyRegistry registry, Class<?> testClass) {
        TestJwts.register(registry);
        return TestInfra.register(registry, testClass);
    }
}
