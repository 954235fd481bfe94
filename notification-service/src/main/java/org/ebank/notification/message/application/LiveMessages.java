package org.ebank.notification.message.application;

import org.ebank.notification.message.domain.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * New messages as they are committed, for the live stream (server-sent events) of the app and netbank
 * page. One instance streams the messages it created; a client that reconnects reads the centre for the rest.
 */
@Component
public class LiveMessages {

    private final Sinks.Many<Message> sink = Sinks.many().multicast().directBestEffort();

    public Flux<Message> of(String customerId) {
        return sink.asFlux().filter(m -> m.customerId().equals(customerId));
    }

    /** Emits once the surrounding transaction commits (never a message that was rolled back); at once without one. */
    Mono<Void> publishAfterCommit(Message message) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isSynchronizationActive)
                .doOnNext(manager -> manager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                        return Mono.fromRunnable(() -> sink.tryEmitNext(message));
                    }
                }))
                .switchIfEmpty(Mono.fromRunnable(() -> sink.tryEmitNext(message)))
                .onErrorResume(NoTransactionException.class, e -> Mono.fromRunnable(() -> sink.tryEmitNext(message)))
                .then();
    }
}
