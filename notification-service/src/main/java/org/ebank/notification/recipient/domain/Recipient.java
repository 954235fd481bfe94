package org.ebank.notification.recipient.domain;

import java.time.LocalDate;

/**
 * Whom messages for a customer go to: the SMS number and what the recommender needs (age band). An enterprise is one
 * too, under its enterprise id, with its contact phone and no birth date; so is a corporate netbank operator, under the
 * operator id (no phone if enrolled before phones were asked for).
 */
public record Recipient(String customerId, String name, String phone, LocalDate birthDate) {
}
