package org.ebank.notification.message.application;

import org.ebank.notification.message.domain.Message;
import reactor.core.publisher.Flux;

/**
 * New messages as they are committed, for the live stream (server-sent events) of the app and netbank page: every
 * instance streams each new message to the customer's streams open on it, whichever instance stored the message. A
 * stream ends when the instance may have missed some (see {@link MessageStream} for the catching up).
 */
public interface LiveMessages {

    /** The customer's messages stored from now on, as each commits; ends when this instance may have missed some. */
    Flux<Message> of(String customerId);
}
