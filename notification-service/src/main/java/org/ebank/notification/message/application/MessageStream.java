package org.ebank.notification.message.application;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ebank.notification.message.domain.Message;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A customer's live stream: where it starts, then the messages stored from then on. An app that reconnects with the id
 * of the last message it got (server-sent events' {@code Last-Event-ID}) is first sent those stored after it, oldest
 * first, at most {@value #MISSED_AT_MOST} (the message centre has the rest); they are read from a little before it
 * ({@link #LOOK_BACK}), because messages commit in a slightly different order from the one they were stored in, so one
 * the app already has may come again (same id). New messages are listened for before anything is read, and held back
 * until the missed ones are out, so none falls between the two and the order holds.
 */
public class MessageStream {

    public static final int MISSED_AT_MOST = 100;
    /** The {@code Start} of a customer who has no message yet: resuming after it sends every message (at most 100). */
    public static final String FROM_THE_START = "start";
    static final Duration LOOK_BACK = Duration.ofSeconds(5);

    private final LiveMessages live;
    private final MessageRepository messages;

    public MessageStream(LiveMessages live, MessageRepository messages) {
        this.live = live;
        this.messages = messages;
    }

    /** What a stream sends. */
    public sealed interface Streamed {
    }

    /** First: the id to resume after, should the stream end ({@code null} when the app said where it was). */
    public record Start(String resumeAfter) implements Streamed {
    }

    public record Next(Message message) implements Streamed {
    }

    /** Ends when this instance may have missed messages (its stream of them was cut): the app reconnects. */
    public Flux<Streamed> follow(String customerId, String lastSeenId) {
        return Flux.defer(() -> {
            Sinks.Many<Message> fresh = Sinks.many().unicast().onBackpressureBuffer();
            Disposable listening = live.of(customerId).subscribe(fresh::tryEmitNext, fresh::tryEmitError, fresh::tryEmitComplete);
            boolean resuming = lastSeenId != null && !lastSeenId.isBlank();
            Set<String> sent = ConcurrentHashMap.newKeySet();
            Mono<Streamed> start = resuming ? Mono.just(new Start(null))
                    : messages.lastStoredId(customerId).defaultIfEmpty(FROM_THE_START).map(Start::new);
            Flux<Message> missed = !resuming ? Flux.empty()
                    : messages.storedAfter(customerId, FROM_THE_START.equals(lastSeenId) ? null : lastSeenId, LOOK_BACK, MISSED_AT_MOST)
                            .doOnNext(m -> sent.add(m.id()));
            return Flux.concat(start, missed.map(Next::new), fresh.asFlux().filter(m -> !sent.contains(m.id())).map(Next::new))
                    .doFinally(signal -> listening.dispose());
        });
    }
}
