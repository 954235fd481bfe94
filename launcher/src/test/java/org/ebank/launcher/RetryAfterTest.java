package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The launcher's requests wait out a 429 or 503 the way the answer asks, and give up on what it does not ask. */
class RetryAfterTest {

    private final Deque<int[]> answers = new ArrayDeque<>();
    private final AtomicInteger received = new AtomicInteger();
    private final HttpServer server = server();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRefusalWithRetryAfterIsWaitedOutAndTheRequestSentAgain() throws Exception {
        answers.add(new int[] {429, 1});
        answers.add(new int[] {503, 1});
        answers.add(new int[] {201, -1});
        long started = System.nanoTime();

        var response = RetryAfter.send(http, request());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(received).hasValue(3);
        assertThat(System.nanoTime() - started).as("waited a second twice").isGreaterThanOrEqualTo(2_000_000_000L);
    }

    @Test
    void anAnswerThatAsksNoWaitOrTooLongAWaitIsTheAnswer() throws Exception {
        answers.add(new int[] {429, -1});
        assertThat(RetryAfter.send(http, request()).statusCode()).isEqualTo(429);
        answers.add(new int[] {503, 3600});
        assertThat(RetryAfter.send(http, request()).statusCode()).isEqualTo(503);
        answers.add(new int[] {500, 1});
        assertThat(RetryAfter.send(http, request()).statusCode()).as("a failure is not a refusal").isEqualTo(500);
        assertThat(received).hasValue(3);
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/enrolments"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    private HttpServer server() {
        try {
            HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            stub.createContext("/", exchange -> {
                received.incrementAndGet();
                int[] answer = answers.poll();
                if (answer[1] >= 0) {
                    exchange.getResponseHeaders().add("Retry-After", String.valueOf(answer[1]));
                }
                exchange.sendResponseHeaders(answer[0], -1);
                exchange.close();
            });
            stub.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
