package org.ebank.platform.db;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * PostgreSQL's {@code LISTEN}: the payloads of the notifications on a channel, on a connection of its own, for as long
 * as subscribed. A notification arrives when the transaction that sent it commits, at every instance that listens; one
 * sent while the connection was being replaced (after a database restart, say) is not, and {@code relistened} is called
 * once listening resumes, so a listener that must not miss any can look for what it missed.
 */
public final class Listen {

    private Listen() {
    }

    public static Flux<String> to(ConnectionFactory connections, String channel, Duration maxBackoff, Runnable relistened) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        return Flux.defer(() -> {
            AtomicBoolean listenedBefore = new AtomicBoolean();
            return Flux.usingWhen(connections.create(),
                            connection -> {
                                PostgresqlConnection postgres = connection instanceof Wrapped<?> wrapped
                                        ? (PostgresqlConnection) wrapped.unwrap() : (PostgresqlConnection) connection;
                                return postgres.createStatement("listen " + channel).execute().flatMap(r -> r.getRowsUpdated())
                                        .then(Mono.fromRunnable(() -> {
                                            if (listenedBefore.getAndSet(true)) {
                                                relistened.run();
                                            }
                                        }))
                                        .thenMany(postgres.getNotifications())
                                        .map(notification -> notification.getParameter() == null ? "" : notification.getParameter());
                            },
                            Connection::close)
                    .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(maxBackoff))
                    // the connection closed (a database restart, say): listen on a new one
                    .repeatWhen(closed -> closed.delayElements(Duration.ofSeconds(1)));
        });
    }
}
