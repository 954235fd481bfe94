package org.ebank.platform.problem;

import java.time.Duration;

/**
 * Tells a failure that means something the service depends on cannot be reached for now (its database restarting,
 * say) from a fault in the work: the request is then answered 503 with {@code Retry-After}, not 500.
 */
@FunctionalInterface
public interface Outage {

    /** What a client is told to wait before trying again. */
    Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** Nothing is ever an outage: the gateway's, which has no database. */
    Outage NONE = failure -> false;

    boolean causedBy(Throwable failure);
}
