package org.ebank.account.enrolment.adapter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ebank.login.*}: how many wrong passwords in a row lock a login, and for how long. */
@ConfigurationProperties("ebank.login")
public record LoginProperties(@DefaultValue("5") int maxAttempts, @DefaultValue("30m") Duration lockFor) {
}
