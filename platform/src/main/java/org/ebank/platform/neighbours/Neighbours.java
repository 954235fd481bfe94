package org.ebank.platform.neighbours;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.oauth2.resource.reactive.JwkSetUriReactiveJwtDecoderBuilderCustomizer;
import org.springframework.boot.web.reactive.function.client.WebClientCustomizer;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How a service reaches its neighbours (account-service's ledger, token keys and service tokens; notification-service's
 * sealing key): at the address it is given. An address {@code lb://<service>} is one of several instances, chosen by
 * Spring Cloud LoadBalancer from those listed ({@code spring.cloud.discovery.client.simple.instances}) and found ready,
 * as the local run with {@code --replicas} gives; in Kubernetes the address is the Service's, which balances itself.
 */
@Configuration(proxyBeanMethods = false)
public class Neighbours {

    /**
     * Every WebClient built from Boot's builder sends an {@code lb://} request to one of the service's instances (the
     * balancer keeps the scheme it is given, so it is given {@code http}).
     */
    @Bean
    WebClientCustomizer loadBalancedNeighbours(ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> balancer) {
        ExchangeFilterFunction onlyLb = (request, next) -> "lb".equals(request.url().getScheme())
                ? balancer.getObject().filter(ClientRequest.from(request)
                        .url(UriComponentsBuilder.fromUri(request.url()).scheme("http").build(true).toUri()).build(), next)
                : next.exchange(request);
        return builder -> builder.filter(onlyLb);
    }

    /** The keys that check tokens are fetched like any neighbour's resource, so {@code lb://account-service} works too. */
    @Bean
    JwkSetUriReactiveJwtDecoderBuilderCustomizer jwkSetFromNeighbours(ObjectProvider<WebClient.Builder> builder) {
        return decoder -> decoder.webClient(builder.getObject().build());
    }
}
