package org.ebank.gateway.limit;

import java.time.Clock;
import org.ebank.platform.problem.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.class)
class RateLimitConfiguration {

    @Bean
    RateLimitFilter rateLimitFilter(RateLimits limits, ProblemWriter problems, Clock clock) {
        return new RateLimitFilter(limits, problems, clock);
    }
}
