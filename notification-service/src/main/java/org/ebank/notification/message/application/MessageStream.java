package org.ebank.notification.message.application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ebank.notification.message.domain.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A customer's live stream: the messages stored from now on and, for an app that reconnects with the id of the last one
 * it got (server-sent events' {@code Last-Event-ID}), those stored after it first, oldest first, at most
 * {@value #MISSED_AT_MOST} (the message centre has the rest). A message stored while the stream reconnects is sent once,
 * whichever of the two finds it first.
 */
public class MessageStream {

    public static final int MISSED_AT_MOST = 100;

    private final LiveMessages live;
    private final MessageRepository messages;

    public MessageStream(LiveMessages live, MessageRepository messages) {
        this.live = live;
        this.messages = messages;
    }

    /** Ends when this instance may have missed messages (its stream of them was cut): the app reconnects. */
    public Flux<Message> follow(String customerId, String lastSeenId) {
        if (lastSeenId == null || lastSeenId.isBlank()) {
            return live.of(customerId);
        }
        Set<String> sent = ConcurrentHashMap.newKeySet();
        AtomicBoolean catchingUp = new AtomicBoolean(true);
        // subscribed first, so nothing stored while the missed ones are read falls between the two
        Flux<Message> fresh = live.of(customerId).filter(m -> catchingUp.get() ? sent.add(m.id()) : !sent.contains(m.id()));
        Flux<Message> missed = messages.storedAfter(customerId, lastSeenId, MISSED_AT_MOST).filter(m -> sent.add(m.id()))
                .doFinally(signal -> catchingUp.set(false));
        return Flux.merge(fresh, missed);
    }

    /** The id a stream opened now starts after: the customer's latest stored message (empty: none yet). */
    public Mono<String> startingAfter(String customerId) {
        return messages.lastStoredId(customerId);
    }
}
