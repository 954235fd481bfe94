package org.ebank.notification.message.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ebank.notification.message.domain.Message;
import org.ebank.notification.message.domain.Preferences;
import org.ebank.platform.paging.Keyset;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The message centre's messages, their delivery, and each customer's notification preferences. */
public interface MessageRepository {

    /** The ids of the messages stored now: a message whose event already made one of its category is not. */
    Mono<List<String>> insertAll(List<Message> batch);

    Mono<Void> deliveredAll(List<Delivery> deliveries);

    Mono<Message> byId(String messageId);

    /** The customer's messages, newest first, after {@code after} (null: from the newest). */
    Flux<Message> ofCustomer(String customerId, Keyset after, int limit);

    /**
     * The customer's messages stored after {@code messageId} or at most {@code lookBack} before it, oldest first, itself
     * left out (none if it is not one of theirs; {@code null}: all of theirs).
     */
    Flux<Message> storedAfter(String customerId, String messageId, Duration lookBack, int limit);

    /** The id of the customer's message stored last (empty: none). */
    Mono<String> lastStoredId(String customerId);

    Mono<Boolean> opened(String messageId, String customerId, Instant at);

    Mono<Preferences> preferences(String customerId);

    /** The preferences customers set, by customer; a customer who set none has {@link Preferences#defaults()}. */
    Mono<Map<String, Preferences>> preferencesOf(Set<String> customerIds);

    Mono<Void> savePreferences(String customerId, Preferences p);

    /** A message sent on a channel, to an address (a phone number, or the customer for push). */
    record Delivery(String messageId, String channel, String address, Instant sentAt) {
    }
}
