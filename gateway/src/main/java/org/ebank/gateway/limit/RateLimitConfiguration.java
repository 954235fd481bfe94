package org.ebank.gateway.limit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.ebank.platform.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** The limits in this gateway's memory by default; in Redis when {@code ebank.rate-limits.redis-url} is set (several gateways). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.class)
class RateLimitConfiguration {

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty("ebank.rate-limits.redis-url")
    RedisClient rateLimitRedis(RateLimits limits) {
        return RedisClient.create(limits.redisUrl());
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimits limits, ProblemWriter problems, Clock clock, MeterRegistry meters,
                                    ObjectProvider<RedisClient> redis) {
        RedisClient client = redis.getIfAvailable();
        if (client == null) {
            return new RateLimitFilter(limits, problems, new TokenBuckets(limits.sensitive().burst(), limits.sensitive().perSecond(), clock),
                    new TokenBuckets(limits.customer().burst(), limits.customer().perSecond(), clock));
        }
        Mono<RedisReactiveCommands<String, String>> commands = Mono.fromCompletionStage(() -> client.connectAsync(StringCodec.UTF8,
                        RedisURI.create(limits.redisUrl()))).map(StatefulRedisConnection::reactive)
                .cache(connected -> Duration.ofDays(36_500), failed -> Duration.ZERO, () -> Duration.ZERO);
        Counter errors = Counter.builder("ebank.rate.limit.store.errors").description("Rate-limit checks Redis could not answer")
                .register(meters);
        return new RateLimitFilter(limits, problems,
                new RedisTokenBuckets(commands, "ebank:rl:sensitive:", limits.sensitive().burst(), limits.sensitive().perSecond(),
                        errors::increment),
                new RedisTokenBuckets(commands, "ebank:rl:customer:", limits.customer().burst(), limits.customer().perSecond(),
                        errors::increment));
    }
}
