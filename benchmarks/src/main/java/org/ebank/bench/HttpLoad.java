package org.ebank.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** A closed-loop load: N clients, each sending its next request when the last one answered. */
final class HttpLoad {

    private HttpLoad() {
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One request per operation, answered with {@code expectedStatus}. */
    static Result run(String label, int clients, Duration duration, Supplier<HttpRequest> requests, int expectedStatus)
            throws InterruptedException {
        return run(label, clients, duration, () -> HTTP.send(requests.get(), HttpResponse.BodyHandlers.discarding()).statusCode()
                == expectedStatus);
    }

    /** Any operation (several requests, say): true when it succeeded. */
    static Result run(String label, int clients, Duration duration, Operation operation) throws InterruptedException {
        System.out.printf("%s: %d clients for %d s%n", label, clients, duration.toSeconds());
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        if (!operation.run()) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    recorder.recordValue((System.nanoTime() - start) / 1_000);
                }
            }, "load-" + i);
            client.start();
            threads.add(client);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Histogram histogram = recorder.getIntervalHistogram();
        return new Result(label, histogram.getTotalCount() / (double) duration.toSeconds(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getValueAtPercentile(99.9) / 1000.0, errors.get(), histogram.getTotalCount());
    }

    /**
     * An open-loop load: operations started at a fixed rate whatever the answers do, as customers arrive, each timed
     * from when it was due to start (a system that falls behind shows it in the latency, not in a slower schedule).
     * {@code customers} operations may run at once; one due while all of them are busy waits and is timed from its due time.
     */
    static Result runAtRate(String label, int perSecond, Duration duration, int customers, Operation operation)
            throws InterruptedException {
        System.out.printf("%s: %d per second for %d s%n", label, perSecond, duration.toSeconds());
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(customers);
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        long count = duration.toSeconds() * perSecond;
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            pool.execute(() -> {
                try {
                    if (!operation.run()) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                recorder.recordValue((System.nanoTime() - due) / 1_000);
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        Histogram histogram = recorder.getIntervalHistogram();
        return new Result(label, histogram.getTotalCount() / ((System.nanoTime() - start) / 1e9),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getValueAtPercentile(99.9) / 1000.0, errors.get(), histogram.getTotalCount());
    }

    /** One timed unit of work. */
    @FunctionalInterface
    interface Operation {
        boolean run() throws Exception;
    }

    record Result(String label, double perSecond, double p50Millis, double p99Millis, double p999Millis, long errors,
                  long requests) {

        @Override
        public String toString() {
            return String.format("%-34s %9.1f req/s   p50 %7.2f ms   p99 %7.2f ms   p99.9 %7.2f ms   errors %d/%d",
                    label, perSecond, p50Millis, p99Millis, p999Millis, errors, requests);
        }
    }
}
