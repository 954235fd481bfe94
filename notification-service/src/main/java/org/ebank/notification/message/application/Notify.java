package org.ebank.notification.message.application;

import java.time.Clock;
import org.ebank.notification.delivery.PushGateway;
import org.ebank.notification.delivery.SmsGateway;
import org.ebank.notification.message.domain.Category;
import org.ebank.notification.message.domain.Message;
import org.ebank.notification.recipient.application.RecipientRepository;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Puts a message in the customer's message centre (an OTP never: it is sent, not kept) and sends it by
 * SMS and push as the customer's preferences and the category allow. Runs inside the event's
 * idempotent transaction: one event, one message per channel.
 */
@Service
public class Notify {

    private final MessageRepository messages;
    private final RecipientRepository recipients;
    private final SmsGateway sms;
    private final PushGateway push;
    private final LiveMessages live;
    private final Clock clock;

    public Notify(MessageRepository messages, RecipientRepository recipients, SmsGateway sms, PushGateway push,
                  LiveMessages live, Clock clock) {
        this.messages = messages;
        this.recipients = recipients;
        this.sms = sms;
        this.push = push;
        this.live = live;
        this.clock = clock;
    }

    public Mono<Void> send(Message message) {
        return recipients.findByCustomerId(message.customerId())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("no recipient yet for " + message.customerId())))
                .zipWith(messages.preferences(message.customerId()))
                .flatMap(both -> {
                    var recipient = both.getT1();
                    var preferences = both.getT2();
                    Mono<Boolean> stored = message.category() == Category.OTP ? Mono.just(true) : messages.insert(message);
                    return stored.flatMap(isNew -> !isNew ? Mono.empty() : Mono.when(
                                    preferences.wantsSms(message.category(), message.amount())
                                            ? sms.send(message.id(), recipient.phone(), "【ebank】" + message.text())
                                            .then(message.category() == Category.OTP ? Mono.empty()
                                                    : messages.delivered(message.id(), "SMS", recipient.phone(), clock.instant()))
                                            : Mono.empty(),
                                    preferences.wantsPush(message.category())
                                            ? push.send(message.id(), message.customerId(), message.title(), message.text())
                                            .then(messages.delivered(message.id(), "PUSH", message.customerId(), clock.instant()))
                                            : Mono.empty())
                            .then(message.category() == Category.OTP ? Mono.empty() : live.publishAfterCommit(message)));
                })
                .then();
    }
}
