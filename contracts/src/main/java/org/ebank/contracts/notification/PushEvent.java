package org.ebank.contracts.notification;

import java.time.Instant;
import org.ebank.contracts.Nullable;

/**
 * A smart push's step ({@link NotificationTopics#PUSH_SENT}, {@code PUSH_OPENED}, {@code PUSH_CONVERTED}): the push, the
 * customer it went to, the product it recommended, when the step happened, and for a conversion the order that bought it.
 */
public record PushEvent(String pushId, String customerId, String productCode, Instant at, @Nullable String orderId) {
}
