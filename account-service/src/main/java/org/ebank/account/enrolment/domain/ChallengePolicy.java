package org.ebank.account.enrolment.domain;

import java.time.Duration;

/**
 * SMS codes that prove the phone: each lives {@code lifetime} and allows {@code tries} answers, and a customer is sent at
 * most {@code perHour} in an hour (nobody can make the bank flood a phone with codes, or guess through fresh ones).
 */
public record ChallengePolicy(Duration lifetime, int tries, int perHour) {
}
