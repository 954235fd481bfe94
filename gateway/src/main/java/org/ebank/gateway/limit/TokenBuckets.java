package org.ebank.gateway.limit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this gateway's memory, one per key: {@code capacity} requests at once, refilled at
 * {@code perSecond}. Enough for one gateway instance; several instances share limits through Redis
 * ({@link RedisTokenBuckets}) instead.
 */
final class TokenBuckets implements Allowance {

    private static final int MAX_KEYS = 100_000;

    private final double capacity;
    private final double perSecond;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int capacity, double perSecond, Clock clock) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    @Override
    public Mono<Duration> take(String key) {
        return Mono.fromSupplier(() -> takeNow(key));
    }

    private Duration takeNow(String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) / 1000.0 * perSecond);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) / perSecond * 1000));
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        private Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
