package org.ebank.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real time, ticking, plus an offset the test moves forward: e.g. to a dynamic token's next 30-second code without
 * waiting for it. Unlike {@link MutableClock} time still passes, so jobs, timeouts and expiries behave as they do.
 */
public final class OffsetClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public OffsetClock(ZoneId zone) {
        this(new AtomicReference<>(Duration.ZERO), zone);
    }

    private OffsetClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock (moved with it) in another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return new OffsetClock(offset, other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
