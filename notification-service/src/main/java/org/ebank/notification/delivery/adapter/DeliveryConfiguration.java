package org.ebank.notification.delivery.adapter;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import org.ebank.notification.delivery.application.PushGateway;
import org.ebank.notification.delivery.application.SmsGateway;
import org.ebank.platform.security.LocalDefaults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The SMS provider at {@code ebank.sms.url} (with {@code ebank.sms.api-key}) when set, otherwise — in the local run
 * only — the local phone (anywhere else the service does not start without a provider: codes kept in memory and
 * readable by staff are no SMS); the push
 * provider at {@code ebank.push-provider.url} when set, otherwise push is delivered in-app only (message centre and live
 * stream). Both providers sit behind the circuit breaker and retry named after them ({@code resilience4j.*.instances}).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    @ConditionalOnProperty("ebank.sms.url")
    SmsGateway httpSmsGateway(WebClient.Builder builder, @Value("${ebank.sms.url}") String url, @Value("${ebank.sms.api-key:}") String apiKey,
                              @Value("${ebank.sms.timeout:3s}") Duration timeout, CircuitBreakerRegistry breakers, RetryRegistry retries) {
        return new HttpSmsGateway(client(builder, url, apiKey), new Resilience(timeout, breakers.circuitBreaker("sms"), retries.retry("sms")));
    }

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    @Profile(LocalDefaults.PROFILE)
    LocalSmsPhone localSmsPhone() {
        return new LocalSmsPhone();
    }

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    @Profile("!" + LocalDefaults.PROFILE)
    SmsGateway noSmsProvider() {
        throw new IllegalStateException("no SMS provider: set ebank.sms.url (and ebank.sms.api-key); the local phone is for the"
                + " local run only");
    }

    @Bean
    @ConditionalOnProperty("ebank.push-provider.url")
    PushGateway httpPushGateway(WebClient.Builder builder, @Value("${ebank.push-provider.url}") String url,
                                @Value("${ebank.push-provider.api-key:}") String apiKey,
                                @Value("${ebank.push-provider.timeout:3s}") Duration timeout, CircuitBreakerRegistry breakers,
                                RetryRegistry retries) {
        return new HttpPushGateway(client(builder, url, apiKey),
                new Resilience(timeout, breakers.circuitBreaker("push"), retries.retry("push")));
    }

    @Bean
    @ConditionalOnMissingBean(PushGateway.class)
    PushGateway inAppPush() {
        return (messageId, customerId, title, text) -> Mono.empty();
    }

    private static WebClient client(WebClient.Builder builder, String url, String apiKey) {
        return builder.clone().baseUrl(url).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey).build();
    }
}
