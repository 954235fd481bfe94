package org.ebank.contracts.notification;

/** Topics notification-service publishes to, and the CloudEvent types on them. */
public final class NotificationTopics {

    /** Smart pushes (智能推送) and what came of them, keyed by customer id: the KPIs' push funnel. */
    public static final String PUSH = "ebank.notification.push.v1";

    /** A recommendation went out to the customer's phone and message centre. */
    public static final String PUSH_SENT = "ebank.notification.PushSent";
    /** The customer opened the pushed message (the first time only). */
    public static final String PUSH_OPENED = "ebank.notification.PushOpened";
    /** The customer bought the pushed product within 7 days of the push (its {@code orderId}). */
    public static final String PUSH_CONVERTED = "ebank.notification.PushConverted";

    private NotificationTopics() {
    }
}
