package org.ebank.wealth.suitability.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Suitability (适当性): a purchase needs an unexpired risk assessment whose level (C1-C5) is at least the
 * product's risk (R1-R5); customers aged {@code seniorAge} and over confirm explicitly any product above
 * {@code seniorConfirmAbove}.
 */
public record Suitability(int seniorAge, int seniorConfirmAbove) {

    public Optional<Refusal> check(int productRisk, Assessment assessment, LocalDate birthDate, LocalDate today,
                                   boolean seniorConfirmed, Instant now) {
        if (assessment == null) {
            return Optional.of(Refusal.NO_ASSESSMENT);
        }
        if (!now.isBefore(assessment.validUntil())) {
            return Optional.of(Refusal.ASSESSMENT_EXPIRED);
        }
        if (productRisk > assessment.level()) {
            return Optional.of(Refusal.RISK_TOO_HIGH);
        }
        // an age not known yet is treated as a senior's: asking for a confirmation is the safe side
        boolean senior = birthDate == null || Period.between(birthDate, today).getYears() >= seniorAge;
        if (senior && productRisk > seniorConfirmAbove && !seniorConfirmed) {
            return Optional.of(Refusal.SENIOR_CONFIRMATION_REQUIRED);
        }
        return Optional.empty();
    }

    /** A customer's risk assessment: level 1-5 (C1-C5), valid until. */
    public record Assessment(int level, Instant validUntil) {
    }

    public enum Refusal {
        NO_ASSESSMENT,
        ASSESSMENT_EXPIRED,
        RISK_TOO_HIGH,
        SENIOR_CONFIRMATION_REQUIRED
    }
}
