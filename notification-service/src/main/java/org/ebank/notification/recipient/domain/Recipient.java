package org.ebank.notification.recipient.domain;

import java.time.LocalDate;

/** Whom messages for a customer go to: the SMS number and what the recommender needs (age band). */
public record Recipient(String customerId, String name, String phone, LocalDate birthDate) {
}
