package org.ebank.contracts.corporate;

import java.time.Instant;
import org.ebank.contracts.Nullable;

/**
 * An operator was enrolled in an enterprise's corporate netbank: its administrator by staff (this is the enterprise's
 * enrolment, 企业网银开通, with the referring staff member's code for the incentive scheme), makers and checkers by the
 * administrator. {@code enrolledBy} is the staff member or the administrator's operator id. {@code name} and
 * {@code phone} are where notices reach the operator (approval requests, payment results); an operator enrolled before
 * phones were asked for has none.
 */
public record OperatorEnrolled(String enterpriseId, String operatorId, String role, @Nullable String referrerCode,
                               String enrolledBy, Instant enrolledAt, @Nullable String name, @Nullable String phone) {
}
