package org.ebank.notification.delivery.adapter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ebank.notification.delivery.application.SmsGateway;
import reactor.core.publisher.Mono;

/**
 * The local default SMS gateway: a phone per number that keeps the last messages in memory, for the local
 * run and the tests to read. Nothing here is written to disk or to a log, one-time passwords included.
 */
public class LocalSmsPhone implements SmsGateway {

    private static final int KEEP = 20;
    private final Map<String, Deque<String>> inbox = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> send(String messageId, String phone, String text) {
        return Mono.fromRunnable(() -> {
            Deque<String> messages = inbox.computeIfAbsent(phone, p -> new ArrayDeque<>());
            synchronized (messages) {
                messages.addFirst(text);
                while (messages.size() > KEEP) {
                    messages.removeLast();
                }
            }
        });
    }

    /** The newest first. */
    public List<String> messagesTo(String phone) {
        Deque<String> messages = inbox.getOrDefault(phone, new ArrayDeque<>());
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }
}
