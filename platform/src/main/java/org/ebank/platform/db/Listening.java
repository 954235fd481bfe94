package org.ebank.platform.db;

import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * A {@link Listen} that lives as long as the application: {@code handle} subscribes to the channel's payloads when the
 * application starts, and the subscription ends when it stops; {@code relistened} is told when listening resumes on a new
 * connection (notifications sent meanwhile are lost). Declare it as a bean.
 */
public final class Listening implements SmartLifecycle {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final ConnectionFactory connections;
    private final String channel;
    private final Function<Flux<String>, Disposable> handle;
    private final Runnable relistened;
    private volatile Disposable subscription;

    public Listening(ConnectionFactory connections, String channel, Function<Flux<String>, Disposable> handle) {
        this(connections, channel, handle, () -> { });
    }

    public Listening(ConnectionFactory connections, String channel, Function<Flux<String>, Disposable> handle, Runnable relistened) {
        this.connections = connections;
        this.channel = channel;
        this.handle = handle;
        this.relistened = relistened;
    }

    @Override
    public void start() {
        subscription = handle.apply(Listen.to(connections, channel, MAX_BACKOFF, relistened));
    }

    @Override
    public void stop() {
        Disposable current = subscription;
        if (current != null) {
            current.dispose();
        }
        subscription = null;
    }

    @Override
    public boolean isRunning() {
        return subscription != null;
    }
}
