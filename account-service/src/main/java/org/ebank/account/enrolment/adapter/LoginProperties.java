package org.ebank.account.enrolment.adapter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ebank.login.*}: how many wrong passwords in a row lock a login, and for how long; and the SMS codes that prove
 * the phone at enrolment and on a new device (lifetime, tries, how many a customer can be sent in an hour).
 */
@ConfigurationProperties("ebank.login")
public record LoginProperties(@DefaultValue("5") int maxAttempts, @DefaultValue("30m") Duration lockFor,
                              @DefaultValue("5m") Duration codeLifetime, @DefaultValue("3") int codeTries,
                              @DefaultValue("5") int codesPerHour) {
}
