package org.ebank.corporate;

import org.ebank.platform.testing.ServiceBaselineContract;
import org.ebank.platform.testing.ServiceTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class CorporateServiceBaselineIT extends ServiceBaselineContract {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, CorporateServiceBaselineIT.class);
    }
}
