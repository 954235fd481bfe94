package org.ebank.payment;

import org.ebank.platform.testing.ServiceBaselineContract;
import org.ebank.platform.testing.ServiceTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PaymentServiceBaselineIT extends ServiceBaselineContract {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, PaymentServiceBaselineIT.class);
    }
}
