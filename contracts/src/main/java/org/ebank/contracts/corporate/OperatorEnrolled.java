package org.ebank.contracts.corporate;

import java.time.Instant;

/**
 * An operator was enrolled in an enterprise's corporate netbank (企业网银开通): its administrator by staff, makers and
 * checkers by the administrator. {@code enrolledBy} is the staff member or the administrator's operator id.
 */
public record OperatorEnrolled(String enterpriseId, String operatorId, String role, String enrolledBy, Instant enrolledAt) {
}
