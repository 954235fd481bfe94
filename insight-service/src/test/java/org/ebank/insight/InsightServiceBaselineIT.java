package org.ebank.insight;

import org.ebank.platform.testing.ServiceBaselineContract;
import org.ebank.platform.testing.ServiceTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class InsightServiceBaselineIT extends ServiceBaselineContract {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, InsightServiceBaselineIT.class);
    }
}
