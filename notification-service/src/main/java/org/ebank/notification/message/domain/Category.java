package org.ebank.notification.message.domain;

/** What a message is about, which decides how it may travel and when. */
public enum Category {
    /** 动账: a balance change. SMS only from the customer's threshold; in-app and push always. */
    TRANSACTION,
    /** A transfer's or scheduled run's result. */
    RESULT,
    /** A login from a new device, say. Always by SMS and push, quiet hours or not. */
    SECURITY,
    /** A one-time password: SMS only, at once, never kept in plain text. */
    OTP,
    /** A product recommendation: never in quiet hours, never to those who opted out. */
    MARKETING,
    /**
     * To a corporate netbank operator: a payment waiting for their approval, or the end of one they entered. By SMS
     * always (operators have no app to push to), kept in the store under the operator's id.
     */
    CORPORATE
}
