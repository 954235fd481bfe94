package org.ebank.gateway.limit;

import java.time.Duration;
import reactor.core.publisher.Mono;

/** A token bucket per key: zero when a request may pass now, otherwise how long until it may. */
interface Allowance {

    Mono<Duration> take(String key);
}
