package org.ebank.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends a request as a well-behaved app does: when the gateway answers 429 (too many sign-ins from this address, e.g.
 * because someone else signed in meanwhile) or 503 (a service busy or still starting) with {@code Retry-After}, it
 * waits the seconds it was told and sends the request again, for up to {@link #PATIENCE} in all. The launcher's requests
 * are safe to send again whatever became of the first: a registration or enrolment already done answers 409, an account
 * opening carries its Idempotency-Key, a sign-in is a sign-in.
 */
final class RetryAfter {

    static final Duration PATIENCE = Duration.ofMinutes(2);

    private RetryAfter() {
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        Duration waited = Duration.ZERO;
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Optional<Duration> wait = waitAsked(response);
            if (wait.isEmpty() || waited.plus(wait.get()).compareTo(PATIENCE) > 0) {
                return response;
            }
            Console.line("  … " + request.method() + " " + request.uri().getPath() + " answered " + response.statusCode()
                    + ": waiting " + wait.get().toSeconds() + " s as the gateway asks");
            Thread.sleep(wait.get().toMillis());
            waited = waited.plus(wait.get());
        }
    }

    /** How long the answer asks the client to wait before trying again, if it is a refusal that asks that. */
    static Optional<Duration> waitAsked(HttpResponse<?> response) {
        if (response.statusCode() != 429 && response.statusCode() != 503) {
            return Optional.empty();
        }
        return response.headers().firstValue("Retry-After").filter(seconds -> seconds.matches("\\d{1,4}"))
                .map(seconds -> Duration.ofSeconds(Math.max(1, Long.parseLong(seconds))));
    }
}
