package org.ebank.notification.message.adapter;

import java.time.Clock;
import org.ebank.notification.message.domain.Templates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    Templates templates(Clock clock) {
        return new Templates(clock.getZone());
    }
}
