package org.ebank.notification.message.adapter;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.ebank.notification.message.application.LiveMessages;
import org.ebank.notification.message.application.MessageRepository;
import org.ebank.notification.message.domain.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The live stream across instances: each stored message announces itself when its transaction commits (a trigger,
 * {@code NOTIFY message_stored}), every instance listens, and one with a stream open for that customer reads the
 * message and sends it on ({@link MessageConfiguration#liveMessagesListening}). Nothing is read for customers with no
 * stream open here.
 */
@Component
class PostgresLiveMessages implements LiveMessages {

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveMessages.class);

    private final MessageRepository messages;
    /** Replaced, and the old one completed, when every open stream has to end. */
    private final AtomicReference<Sinks.Many<Message>> sink = new AtomicReference<>(newSink());
    /** How many streams are open on this instance, by customer. */
    private final Map<String, Integer> watched = new ConcurrentHashMap<>();

    PostgresLiveMessages(MessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public Flux<Message> of(String customerId) {
        return Flux.defer(() -> sink.get().asFlux()).filter(m -> m.customerId().equals(customerId))
                // counted atomically per customer: a stream opening as another closes never finds its count gone
                .doOnSubscribe(subscription -> watched.merge(customerId, 1, Integer::sum))
                .doFinally(signal -> watched.computeIfPresent(customerId, (c, open) -> open == 1 ? null : open - 1));
    }

    /** Sends each stored message (the payloads of {@code message_stored}) to the streams open here for its customer. */
    Disposable follow(Flux<String> stored) {
        return stored.map(payload -> payload.split(" ", 2))
                .filter(ids -> ids.length == 2 && watched.containsKey(ids[0]))
                .concatMap(ids -> messages.byId(ids[1]).onErrorResume(e -> {
                    // the stream misses this one; the centre has it
                    log.warn("a new message could not be read for the live stream: {}", e.toString());
                    return Mono.empty();
                }))
                .subscribe(message -> sink.get().tryEmitNext(message));
    }

    /**
     * Listening resumed on a new connection (the database restarted, say), so messages stored meanwhile were never
     * announced here: every stream open here ends, and the apps reconnect with the last id they got and are sent what
     * they missed ({@link org.ebank.notification.message.application.MessageStream}).
     */
    void endStreams() {
        int open = watched.values().stream().mapToInt(Integer::intValue).sum();
        // a message being sent on at this moment makes the old sink busy for an instant: wait it out, or a stream stays open
        sink.getAndSet(newSink()).emitComplete(Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
        log.info("the live stream's LISTEN was lost and is back: {} open streams ended so their apps reconnect and catch up", open);
    }

    private static Sinks.Many<Message> newSink() {
        return Sinks.many().multicast().directBestEffort();
    }
}
