package org.ebank.gateway.edge;

import org.ebank.platform.problem.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    @Bean
    RequestIdFilter requestIdFilter() {
        return new RequestIdFilter();
    }

    @Bean
    TraceparentHeadersFilter traceparentHeadersFilter() {
        return new TraceparentHeadersFilter();
    }

    @Bean
    OriginFilter originFilter(@Value("${ebank.gateway.netbank-origin}") String netbankOrigin, ProblemWriter problems) {
        return new OriginFilter(netbankOrigin, problems);
    }

    @Bean
    KnownRouteFilter knownRouteFilter(RouteLocator routes, ProblemWriter problems) {
        return new KnownRouteFilter(routes, problems);
    }

    @Bean
    NetbankPageHeadersFilter netbankPageHeadersFilter() {
        return new NetbankPageHeadersFilter();
    }

    @Bean
    BodySizeLimitFilter bodySizeLimitFilter(@Value("${ebank.gateway.max-body-size}") DataSize max,
                                            @Value("${ebank.gateway.max-file-size}") DataSize maxFile, ProblemWriter problems) {
        return new BodySizeLimitFilter(max, maxFile, problems);
    }
}
