package org.ebank.gateway.limit;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The same token buckets in Redis, so that every gateway instance draws on one allowance per key. One script does
 * the refill and the take atomically on Redis's own clock. If Redis cannot answer, the request passes (logged and
 * counted): the limits slow scripts down, they must not take the bank offline.
 */
final class RedisTokenBuckets implements Allowance {

    private static final Logger log = LoggerFactory.getLogger(RedisTokenBuckets.class);
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    static final String SCRIPT = """
            local capacity = tonumber(ARGV[1])
            local per_ms = tonumber(ARGV[2]) / 1000
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1]) or capacity
            local at = tonumber(state[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
            else
              wait = math.ceil((1 - tokens) / per_ms)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms) + 1000)
            return wait
            """;

    private final Mono<RedisReactiveCommands<String, String>> redis;
    private final String prefix;
    private final int capacity;
    private final double perSecond;
    private final Runnable onError;

    /** {@code redis}: the connection, opened on first use and kept (Lettuce reconnects on its own). */
    RedisTokenBuckets(Mono<RedisReactiveCommands<String, String>> redis, String prefix, int capacity, double perSecond, Runnable onError) {
        this.redis = redis;
        this.prefix = prefix;
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.onError = onError;
    }

    @Override
    public Mono<Duration> take(String key) {
        return redis.flatMap(commands -> commands.<Long>eval(SCRIPT, ScriptOutputType.INTEGER, new String[] {prefix + key},
                        Integer.toString(capacity), Double.toString(perSecond)).next())
                .timeout(TIMEOUT)
                .map(Duration::ofMillis)
                .onErrorResume(e -> {
                    onError.run();
                    log.warn("rate-limit store unavailable, letting the request pass: {}", e.toString());
                    return Mono.just(Duration.ZERO);
                });
    }
}
