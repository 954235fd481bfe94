package org.ebank.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The requests the system tests sent through {@link Api} and what the gateway answered: ApiDocumentIT checks them all.
 * Of one kind (method, path with its ids left out, status) the first hundred are kept: the load tests send thousands
 * of the same, and every rarer one must still be checked.
 */
final class Exchanges {

    private static final int KEPT_OF_A_KIND = 100;
    private static final Pattern ID = Pattern.compile("[^/?]*\\d[^/?]*");
    private static final Queue<Exchange> ALL = new ConcurrentLinkedQueue<>();
    private static final Map<String, AtomicInteger> KINDS = new ConcurrentHashMap<>();

    private Exchanges() {
    }

    static void record(String method, String path, int status, String contentType, String body) {
        String kind = method + " " + ID.matcher(path.split("\\?", 2)[0]).replaceAll("*") + " " + status;
        if (KINDS.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet() <= KEPT_OF_A_KIND) {
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
