package org.ebank.notification.delivery;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The SMS provider at {@code ebank.sms.url} (with {@code ebank.sms.api-key}) when set, otherwise the
 * local phone; push is delivered in-app (message centre and live stream) until a push provider is set.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    @ConditionalOnProperty("ebank.sms.url")
    SmsGateway httpSmsGateway(WebClient.Builder builder, @Value("${ebank.sms.url}") String url,
                              @Value("${ebank.sms.api-key:}") String apiKey, @Value("${ebank.sms.timeout:3s}") Duration timeout) {
        return new HttpSmsGateway(builder.baseUrl(url).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey).build(), timeout);
    }

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    LocalSmsPhone localSmsPhone() {
        return new LocalSmsPhone();
    }

    @Bean
    @ConditionalOnMissingBean(PushGateway.class)
    PushGateway inAppPush() {
        return (messageId, customerId, title, text) -> Mono.empty();
    }
}
