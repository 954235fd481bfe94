package org.ebank.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * When a process the launcher started is ready: its readiness probe answers, within five minutes, while it lives (one
 * that dies fails at once). Two instances of all seven services starting at once on two cores took over three minutes
 * on a slow day; a process that is alive and still not ready after five is stuck.
 */
final class Readiness {

    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    /** Whether the service on {@code port} says it is ready (its readiness probe). */
    static boolean healthy(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until {@code ready}, failing with the end of its log if the process stops first or is not ready in time. */
    static void await(String what, JavaProcess process, BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " stopped while starting; the end of " + process.log() + ":\n"
                        + process.tail(30));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " not ready within " + HEALTH_TIMEOUT + "; see " + process.log());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }
}
