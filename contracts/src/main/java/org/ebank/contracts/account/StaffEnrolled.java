package org.ebank.contracts.account;

import java.time.Instant;

/**
 * A staff member joined a branch. Their code is the referrer code customers give at enrolment: only a code enrolled
 * before the customer's enrolment earns an incentive. {@code phone} is where their activation code is sent.
 */
public record StaffEnrolled(String staffCode, String name, String branchCode, StaffRole role, String phone,
                            Instant enrolledAt) {
}
