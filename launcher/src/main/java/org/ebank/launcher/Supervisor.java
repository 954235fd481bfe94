package org.ebank.launcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches the processes of the local run. One that dies by itself — not stopped or killed on purpose — is reported
 * with the end of its log and started again: every process of the local run recovers its work on start (the outbox,
 * pending transfers, consumer offsets), so a restart is safe. A process that dies {@link #MAX_RESTARTS} times within
 * {@link #WINDOW} is left down, and said so, rather than restarted in a loop.
 */
final class Supervisor implements AutoCloseable {

    static final int MAX_RESTARTS = 3;
    static final Duration WINDOW = Duration.ofMinutes(10);

    /** What the supervisor needs of a child process. */
    interface Child {
        boolean isAlive();

        String tail(int lines);
    }

    private final Supplier<Map<String, ? extends Child>> children;
    private final Consumer<String> restart;
    private final Clock clock;
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Map<String, Deque<Instant>> restarts = new HashMap<>();
    private final Thread watcher;
    private volatile boolean running = true;

    /**
     * @param children the current process of each name (a restart replaces it)
     * @param restart  starts the named process again and waits until it is ready; throws if it cannot
     */
    Supervisor(Supplier<Map<String, ? extends Child>> children, Consumer<String> restart, Clock clock, Duration every) {
        this.children = children;
        this.restart = restart;
        this.clock = clock;
        this.watcher = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(every.toMillis());
                    check();
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }, "ebank-supervisor");
        watcher.setDaemon(true);
    }

    Supervisor start() {
        watcher.start();
        return this;
    }

    /** The process is being stopped or killed on purpose: it is not restarted until {@link #expectRunning}. */
    void expectDown(String name) {
        down.add(name);
    }

    void expectRunning(String name) {
        down.remove(name);
    }

    void check() {
        for (Map.Entry<String, ? extends Child> child : Map.copyOf(children.get()).entrySet()) {
            String name = child.getKey();
            if (!running || child.getValue().isAlive() || down.contains(name)) {
                continue;
            }
            Deque<Instant> recent = restarts.computeIfAbsent(name, n -> new ArrayDeque<>());
            Instant now = clock.instant();
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.removeFirst();
            }
            if (recent.size() >= MAX_RESTARTS) {
                Console.warn(name + " stopped " + (MAX_RESTARTS + 1) + " times within " + WINDOW.toMinutes()
                        + " minutes: left down. The end of its log:\n" + child.getValue().tail(5));
                down.add(name);
                continue;
            }
            recent.addLast(now);
            Console.warn(name + " stopped by itself; starting it again. The end of its log:\n" + child.getValue().tail(5));
            try {
                restart.accept(name);
                Console.step(name + " running again");
            } catch (RuntimeException e) {
                Console.warn(name + " did not start again: " + e.getMessage());
            }
        }
    }

    /** Stops watching, and waits for a restart under way to give up, so that what it started is stopped with the rest. */
    @Override
    public void close() {
        running = false;
        watcher.interrupt();
        try {
            watcher.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
