package org.ebank.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.ebank.notification.delivery.application.SmsGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where SMS go: to the provider when one is set; in the local run only, to the local phone; elsewhere nowhere is refused. */
class DeliveryConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(DeliveryConfiguration.class);

    @Test
    void theLocalRunWithoutAProviderSendsToTheLocalPhone() {
        context.withPropertyValues("spring.profiles.active=local")
                .run(started -> assertThat(started.getBean(SmsGateway.class)).isInstanceOf(LocalSmsPhone.class));
    }

    @Test
    void anywhereElseWithoutAProviderTheServiceDoesNotStart() {
        context.withPropertyValues("spring.profiles.active=kubernetes").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("no SMS provider: set ebank.sms.url");
        });
    }
}
