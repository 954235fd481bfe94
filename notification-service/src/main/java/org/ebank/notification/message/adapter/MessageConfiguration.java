package org.ebank.notification.message.adapter;

import org.ebank.platform.secrets.SealingKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
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

    /** Opens the SMS codes the other services seal for us: {@code ebank.sealing.private-key} (PKCS#8 PEM), or a key made now. */
    @Bean
    SealingKey sealingKey(@Value("${ebank.sealing.private-key:#{null}}") Resource privateKey) {
        return SealingKey.from(privateKey);
    }
}
