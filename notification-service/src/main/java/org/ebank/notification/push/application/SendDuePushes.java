package org.ebank.notification.push.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.ebank.notification.message.application.MessageRepository;
import org.ebank.notification.message.application.Notify;
import org.ebank.notification.message.domain.Category;
import org.ebank.notification.message.domain.Message;
import org.ebank.notification.message.domain.Preferences;
import org.ebank.notification.push.domain.Offer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Sends the pushes whose time has come, checking again at the last moment: a customer who opted out meanwhile, or a
 * product sold out or off sale, drops the push; quiet hours (the customer may have changed them) hold it until they
 * end; a push that could not go out within {@code staleAfter} of its time is dropped rather than sent late.
 */
public class SendDuePushes {

    private static final Logger LOG = LoggerFactory.getLogger(SendDuePushes.class);

    private final PushLog log;
    private final ProfileStore store;
    private final MessageRepository messages;
    private final Notify notify;
    private final Clock clock;
    private final Duration staleAfter;

    public SendDuePushes(PushLog log, ProfileStore store, MessageRepository messages, Notify notify, Clock clock, Duration staleAfter) {
        this.log = log;
        this.store = store;
        this.messages = messages;
        this.notify = notify;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** The number of pushes sent. */
    public Mono<Long> run() {
        Instant now = clock.instant();
        return store.offers().collectMap(Offer::code).flatMap(offers -> log.due(now, 200)
                .concatMap(due -> log.exclusively(due.customerId(), deliver(due, offers.get(due.productCode()), now))
                        // the provider refused or timed out: the push stays pending for the next run, the others go on
                        .onErrorResume(e -> {
                            LOG.warn("push {} not sent this time: {}", due.id(), e.toString());
                            return Mono.just(false);
                        }))
                .filter(Boolean::booleanValue)
                .count());
    }

    /** {@code offer} is null when the product is unknown here. */
    private Mono<Boolean> deliver(PushLog.Due due, Offer offer, Instant now) {
        if (now.isAfter(due.sendAfter().plus(staleAfter))) {
            return log.dropped(due.id()).thenReturn(false);
        }
        return messages.preferences(due.customerId())
                .flatMap(preferences -> {
                    if (preferences.marketingOptOut() || offer == null || offer.soldOut()
                            || (offer.salesEnd() != null && !offer.salesEnd().isAfter(now))) {
                        return log.dropped(due.id()).thenReturn(false);
                    }
                    LocalTime local = now.atZone(clock.getZone()).toLocalTime();
                    if (preferences.isQuiet(local)) {
                        return log.postponed(due.id(), quietEnd(now, preferences)).thenReturn(false);
                    }
                    Message message = new Message(messageId(due.id()), due.customerId(), due.id(), Category.MARKETING,
                            "为您推荐 " + offer.name(), due.reason(), due.reasonEn(), null, now);
                    return log.sent(due.id(), message.id(), now)
                            .flatMap(claimed -> claimed ? notify.send(message).thenReturn(true) : Mono.just(false));
                });
    }

    private Instant quietEnd(Instant now, Preferences preferences) {
        var local = now.atZone(clock.getZone());
        var end = local.with(preferences.quietEnd());
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }

    private static String messageId(String pushId) {
        return "msg_" + UUID.nameUUIDFromBytes((pushId + Category.MARKETING).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
