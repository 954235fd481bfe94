package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Each customer pays 1.00 to their second card, again and again, through the gateway, until stopped. */
final class PayingLoad {

    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger pending = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger unanswered = new AtomicInteger();
    final List<String> serverErrors = new CopyOnWriteArrayList<>();
    /**
     * Answers no fault explains (a customer signed out by a restart, say): the customer stops and the test fails. A 429
     * is not one: a customer who pays again at once after a 503 may be slowed down, and waits as told.
     */
    final List<String> surprises = new CopyOnWriteArrayList<>();
    final Set<String> completedIds = ConcurrentHashMap.newKeySet();
    private final List<Future<?>> workers = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService threads;

    PayingLoad(List<Payers.Payer> payers) {
        Api gateway = RunningSystem.api();
        threads = Executors.newFixedThreadPool(payers.size());
        for (Payers.Payer payer : payers) {
            workers.add(threads.submit(() -> {
                while (running.get()) {
                    try {
                        Api.Reply quote = counted(gateway.post("/api/v1/transfers/quotes", payer.token(), payer.quoteBody("1.00")));
                        if (quote.status() == 201) {
                            Api.Reply transfer = counted(gateway.command("/api/v1/transfers", payer.token(),
                                    Map.of("quoteId", quote.body().path("quoteId").asText())));
                            switch (transfer.body().path("status").asText()) {
                                case "COMPLETED" -> {
                                    completed.incrementAndGet();
                                    completedIds.add(transfer.body().path("transferId").asText());
                                }
                                case "PENDING" -> pending.incrementAndGet();
                                case "FAILED" -> failed.incrementAndGet();
                                default -> {
                                    if (transfer.status() < 500 && transfer.status() != 429) {
                                        surprises.add("transfer " + transfer.status() + " " + transfer.text());
                                        return null;
                                    }
                                    waitAsTold(transfer);
                                }
                            }
                        } else if (quote.status() < 500 && quote.status() != 429) {
                            surprises.add("quote " + quote.status() + " " + quote.text());
                            return null;
                        } else {
                            waitAsTold(quote);
                        }
                    } catch (IllegalStateException noAnswer) {
                        unanswered.incrementAndGet();
                    }
                }
                return null;
            }));
        }
    }

    /** As an app does when told 429 or 5xx: waits as long as Retry-After says (a second without it), then goes on. */
    private static void waitAsTold(Api.Reply reply) throws InterruptedException {
        String seconds = reply.retryAfter();
        Thread.sleep(seconds != null && seconds.matches("\\d{1,3}") ? 1000L * Long.parseLong(seconds) : 1000L);
    }

    void assertNoSurprises() {
        assertThat(surprises).as("answers no fault explains").isEmpty();
    }

    private Api.Reply counted(Api.Reply reply) {
        requests.incrementAndGet();
        if (reply.status() >= 500) {
            serverErrors.add(reply.status() + " " + reply.contentType() + " Retry-After=" + reply.retryAfter() + " " + reply.text());
        }
        return reply;
    }

    /** Stops the customers without looking at how they ended (after a failure). */
    void halt() {
        running.set(false);
        threads.shutdownNow();
    }

    /** Stops the customers, each after the payment under way; one that stopped early with an error fails the test. */
    void stop() throws Exception {
        running.set(false);
        threads.shutdown();
        assertThat(threads.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
        for (Future<?> worker : workers) {
            worker.get();
        }
        assertNoSurprises();
    }
}
