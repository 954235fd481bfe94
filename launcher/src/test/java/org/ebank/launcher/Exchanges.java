package org.ebank.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Every request the system tests sent through {@link Api} and what the gateway answered: ApiDocumentIT checks them all. */
final class Exchanges {

    private static final int KEPT = 20_000;
    private static final Queue<Exchange> ALL = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    private Exchanges() {
    }

    static void record(String method, String path, int status, String contentType, String body) {
        if (COUNT.incrementAndGet() <= KEPT) {
            ALL.add(new Exchange(method, path, status, contentType, body));
        }
    }

    static List<Exchange> all() {
        return new ArrayList<>(ALL);
    }

    record Exchange(String method, String path, int status, String contentType, String body) {

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}
