package org.ebank.notification.message.application;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ebank.notification.delivery.application.PushGateway;
import org.ebank.notification.delivery.application.SmsGateway;
import org.ebank.notification.message.domain.Category;
import org.ebank.notification.message.domain.Message;
import org.ebank.notification.message.domain.Preferences;
import org.ebank.notification.recipient.application.RecipientRepository;
import org.ebank.notification.recipient.domain.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts messages in their customers' message centres (an OTP never: it is sent, not kept) and sends each by SMS and
 * push as its customer's preferences and its category allow. Runs inside the events' idempotent transaction: one
 * event, one message per recipient and channel. A batch costs a handful of statements whatever its size: the recipients and
 * preferences are read, the messages and deliveries written, each with one statement.
 */
@Service
public class Notify {

    private static final Logger log = LoggerFactory.getLogger(Notify.class);

    private final MessageRepository messages;
    private final RecipientRepository recipients;
    private final SmsGateway sms;
    private final PushGateway push;
    private final Clock clock;

    public Notify(MessageRepository messages, RecipientRepository recipients, SmsGateway sms, PushGateway push,
                  Clock clock) {
        this.messages = messages;
        this.recipients = recipients;
        this.sms = sms;
        this.push = push;
        this.clock = clock;
    }

    public Mono<Void> send(Message message) {
        return sendAll(List.of(message));
    }

    public Mono<Void> sendAll(List<Message> batch) {
        if (batch.isEmpty()) {
            return Mono.empty();
        }
        Set<String> customers = batch.stream().map(Message::customerId).collect(Collectors.toSet());
        return Mono.zip(recipients.findByCustomerIds(customers), messages.preferencesOf(customers)).flatMap(found -> {
            Map<String, Recipient> recipientOf = found.getT1();
            for (Message message : batch) {
                // a customer's registration is on its way (retried until it is here); a corporate operator enrolled before
                // operators were recipients never will be: their message is skipped, not the others' of the batch
                if (!recipientOf.containsKey(message.customerId()) && message.category() != Category.CORPORATE) {
                    return Mono.error(new IllegalStateException("no recipient yet for " + message.customerId()));
                }
            }
            List<Message> unknown = batch.stream().filter(m -> !recipientOf.containsKey(m.customerId())).toList();
            if (!unknown.isEmpty()) {
                log.warn("{} corporate notices skipped: no recipient known for operators {}", unknown.size(),
                        unknown.stream().map(Message::customerId).distinct().toList());
            }
            List<Message> kept = batch.stream().filter(m -> m.category() != Category.OTP && recipientOf.containsKey(m.customerId())).toList();
            return messages.insertAll(kept).flatMap(inserted -> {
                // a message this event made before (a redelivery) is not sent again
                Set<String> isNew = new HashSet<>(inserted);
                List<Message> toSend = batch.stream().filter(m -> m.category() == Category.OTP || isNew.contains(m.id())).toList();
                return Flux.fromIterable(toSend)
                        .<MessageRepository.Delivery>concatMap(m -> deliver(m, recipientOf.get(m.customerId()), found.getT2().getOrDefault(m.customerId(),
                                Preferences.defaults())))
                        .collectList()
                        .flatMap(messages::deliveredAll);
            });
        });
    }

    /** Sends the message on the channels it goes out on; what was sent, to record (an OTP's SMS is not recorded). */
    private Flux<MessageRepository.Delivery> deliver(Message message, Recipient recipient, Preferences preferences) {
        // an operator whose enrolment event came without a phone (enrolled before phones were asked for) has none: kept, not sent
        Mono<MessageRepository.Delivery> bySms = recipient.phone() != null && preferences.wantsSms(message.category(), message.amount())
                ? sms.send(message.id(), recipient.phone(), "【ebank】" + message.text())
                .then(message.category() == Category.OTP ? Mono.<MessageRepository.Delivery>empty()
                        : Mono.fromSupplier(() -> new MessageRepository.Delivery(message.id(), "SMS", recipient.phone(), clock.instant())))
                : Mono.empty();
        Mono<MessageRepository.Delivery> byPush = preferences.wantsPush(message.category())
                ? push.send(message.id(), message.customerId(), message.title(), message.text())
                .then(Mono.fromSupplier(() -> new MessageRepository.Delivery(message.id(), "PUSH", message.customerId(), clock.instant())))
                : Mono.empty();
        return Flux.merge(bySms, byPush);
    }
}
